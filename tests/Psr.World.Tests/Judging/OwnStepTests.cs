using Psr.World.Judging;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.World.Tests.Judging;

public sealed class OwnStepTests
{
    [Theory]
    [InlineData("Step 2: 9*4=36", "9*4")]
    [InlineData("9*4=35", "9*4")]
    [InlineData("Step 3: 81-45=36\nThe answer is \\boxed{36}", "81-45")]
    [InlineData("Step 4: The answer is \\boxed{95}", "answer")]
    [InlineData("The answer is \\boxed{95}", "answer")]
    [InlineData("nine times four", OwnStep.Unknown)]
    [InlineData("", OwnStep.Unknown)]
    public void A_written_step_is_shown_by_its_operation_without_its_result(string step, string expected) =>
        Assert.Equal(expected, OwnStep.FromStep(step));

    [Theory]
    [InlineData("", "51-17")]
    [InlineData("Step 1: 51-17=34", "34*9")]
    [InlineData("Step 1: 51-17=34\nStep 2: 34*9=306", "answer")]
    [InlineData("Step 1: 51-17=34\nStep 2: 34*9=306\nThe answer is \\boxed{306}", "none")]
    public void The_gold_own_step_is_the_leftmost_ready_operation_then_the_answer(string previous, string expected)
    {
        var prefix = previous.Length == 0 ? [] : previous.Split('\n');
        Assert.True(WorldPosition.TryCreate(ExpressionParser.Parse("(51-17)*9=?"), prefix, out var position));
        Assert.Equal(expected, OwnStep.Gold(position!));
    }

    [Fact]
    public void The_own_step_line_sits_between_the_previous_steps_and_the_candidates()
    {
        var prompt = JudgePrompt.Format("(51-17)*9=?", ["Step 1: 51-17=34"], "Step 2: 34*9=306", "Step 2: 34*8=272", "34*9");
        Assert.Equal("Judge:\n(51-17)*9=?\nStep 1: 51-17=34\nOwn: 34*9\nA: Step 2: 34*9=306\nB: Step 2: 34*8=272\nCheck:\n", prompt);
        Assert.Equal(prompt.Replace("Own: 34*9\n", "", StringComparison.Ordinal),
            JudgePrompt.Format("(51-17)*9=?", ["Step 1: 51-17=34"], "Step 2: 34*9=306", "Step 2: 34*8=272"));
    }
}
