using Psr.World.Judging;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.World.Tests.Oracle;

public sealed class AllocationTests
{
    [Fact]
    public void Judging_a_step_allocates_nothing_and_parsing_a_judgment_only_its_result()
    {
        // Given a parsed question, previous steps, candidates and a judge output, all built beforehand
        var e = ExpressionParser.Parse("(47+38)*6-282/6=?");
        string[] prefix = ["Step 1: 47+38=85", "Step 2: 85*6=510"];
        string[] candidates = ["Step 3: 282/6=47", "Step 3: 282/6=48", new string('x', 10_000), "Step 3: 510-47=463"];
        const string output = "A: 47*6: 7*6=42,4*6+4=28;282 vs 282: 2=2 8=8 2=2 right\nB: 48*6: 8*6=48,4*6+4=28;288 vs 282: 8!2 wrong\n[[A]]";
        for (var i = 0; i < 10; i++)
        {
            StepOracle.JudgeStep(e, prefix, candidates[i % candidates.Length]);
            JudgeOutputParser.Parse(output);
        }

        // When each is called 1,000 times
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
            StepOracle.JudgeStep(e, prefix, candidates[i % candidates.Length]);
        var oracleBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
            JudgeOutputParser.Parse(output);
        var parserBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then the oracle allocates nothing and the parser one small record per call
        Assert.Equal(0, oracleBytes);
        Assert.InRange(parserBytes, 1, 1_000 * 64);
    }
}
