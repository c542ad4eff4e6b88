using Psr.Pipeline.Adapters;
using Psr.Roles;
using Psr.World.Judging;
using Psr.World.RoleAdapters;

namespace Psr.Pipeline.Tests.Adapters;

public sealed class JudgmentMappingTests
{
    [Theory]
    [InlineData("A: 8+3: 8+3=11;11 vs 11: 1=1 1=1 right\nB: 8+3: 8+3=11;11 vs 12: 1!2 wrong\n[[A]]", JudgeVerdict.A, StepCorrectness.Correct, StepCorrectness.Wrong)]
    [InlineData("A: x wrong\nB: y right\n[[B]]", JudgeVerdict.B, StepCorrectness.Wrong, StepCorrectness.Correct)]
    [InlineData("A: x wrong\nB: y wrong\n[[none]]", JudgeVerdict.BothWrong, StepCorrectness.Wrong, StepCorrectness.Wrong)]
    [InlineData("A: x right\nB: y right\n[[tie]]", JudgeVerdict.Tie, StepCorrectness.Correct, StepCorrectness.Correct)]
    [InlineData("A: x rig", JudgeVerdict.Unparsed, StepCorrectness.Unknown, StepCorrectness.Unknown)]
    public void A_parsed_judge_output_maps_to_the_role_verdict_and_labels(string output, JudgeVerdict verdict, StepCorrectness a, StepCorrectness b)
    {
        // Given what a judge model wrote
        // When it is parsed and mapped
        var judgment = JudgmentMapping.From(JudgeOutputParser.Parse(output));

        // Then the verdict and the two own labels are carried over, and the raw text is kept
        Assert.Equal((verdict, a, b, output), (judgment.Verdict, judgment.LabelA, judgment.LabelB, judgment.Raw));
    }
}
