using Psr.Pipeline.Adapters;
using Psr.Roles;

namespace Psr.Pipeline.Tests.Adapters;

public sealed class OracleStepJudgeTests
{
    [Theory]
    [InlineData("Step 1: 8+3=11", "Step 1: 8+3=12", JudgeVerdict.A)]
    [InlineData("Step 1: 8+3=12", "Step 1: 8+3=11", JudgeVerdict.B)]
    [InlineData("Step 1: 8+3=12", "Step 1: 8+3=13", JudgeVerdict.BothWrong)]
    [InlineData("Step 1: 8+3=11", "Step 1: 3+8=11", JudgeVerdict.Tie)]
    [InlineData("garbage", "Step 1: 8+3=11", JudgeVerdict.B)]
    public void The_oracle_judge_prefers_the_right_step_and_calls_two_wrong_steps_both_wrong(string a, string b, JudgeVerdict expected)
    {
        // Given the question (8+3)*6+7 at its first step
        var comparison = new StepComparison("q", "(8+3)*6+7=?", [], a, b, 0);

        // When the oracle judges A against B
        var judgment = OracleStepJudge.Judge(comparison);

        // Then the verdict follows the exact labels
        Assert.Equal(expected, judgment.Verdict);
    }

    [Fact]
    public void After_a_wrong_prefix_the_oracle_has_no_labels_and_ties()
    {
        // Given a prefix whose first step is wrong
        var comparison = new StepComparison("q", "(8+3)*6+7=?", ["Step 1: 8+3=12"], "Step 2: 12*6=72", "Step 2: 12*6=70", 0);

        // When judged
        var judgment = OracleStepJudge.Judge(comparison);

        // Then both labels are unknown and the verdict is a tie
        Assert.Equal((StepCorrectness.Unknown, StepCorrectness.Unknown, JudgeVerdict.Tie), (judgment.LabelA, judgment.LabelB, judgment.Verdict));
    }
}
