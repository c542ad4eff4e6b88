using Psr.Core.Errors;
using Psr.World.Presets;
using Psr.World.Problems;
using Psr.World.Splits;

namespace Psr.World.Tests.Problems;

public sealed class ProblemGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_problems_and_another_seed_others()
    {
        // Given one source
        var source = new ProblemSource(WorldPresets.Default.Problems, new SplitConfig());

        // When it draws twice with seed 1 and once with seed 2
        var first = source.Draw(WorldSplit.Train, 300, 1).Select(p => (p.Id, p.Question, p.Solution)).ToList();
        var again = new ProblemSource(WorldPresets.Default.Problems, new SplitConfig())
            .Draw(WorldSplit.Train, 300, 1).Select(p => (p.Id, p.Question, p.Solution)).ToList();
        var other = source.Draw(WorldSplit.Train, 300, 2).Select(p => p.Question).ToList();

        // Then seed 1 repeats exactly and seed 2 differs
        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(p => p.Question), other);
    }

    [Theory]
    [InlineData("smoke")]
    [InlineData("single")]
    [InlineData("default")]
    [InlineData("inverse")]
    [InlineData("hard")]
    public void Every_problem_respects_its_knobs_and_parses_back(string presetName)
    {
        // Given a preset's problems
        var preset = WorldPresets.Get(presetName);
        var c = preset.Problems;
        var problems = new ProblemSource(c, preset.Splits).Draw(WorldSplit.Train, 500, 4);

        foreach (var p in problems)
        {
            // When the question is parsed back
            var parsed = ExpressionParser.Parse(p.Question);

            // Then it is the same tree, within the knobs, with a solution of that many steps
            Assert.Equal(p.Question, parsed.Text + "=?");
            Assert.Equal(p.Answer, parsed.Value);
            Assert.InRange(p.Expression.OperationCount, c.MinOperations, c.MaxOperations);
            Assert.Equal(p.Expression.OperationCount + 1, p.GoldSteps.Count);
            Assert.EndsWith($"The answer is \\boxed{{{p.Answer}}}", p.Solution);
            for (var i = 0; i < p.Expression.NodeCount; i++)
                Assert.InRange(p.Expression.Evaluate(i), 1, c.MaxValue);
        }
        Assert.All(Enum.GetValues<Operation>().Where(o => o != Operation.None && c.Operations.Of(o) > 0),
            op => Assert.Contains(problems, p => p.Question.Contains(OperationMath.Symbol(op))));
    }

    [Fact]
    public void Gold_steps_reduce_the_leftmost_ready_pair_first()
    {
        // Given a fixed question
        var p = WorldProblem.Create("x", ExpressionParser.Parse("(8+3)*6+7=?"));

        // Then the gold solution is the documented one
        Assert.Equal("Step 1: 8+3=11\nStep 2: 11*6=66\nStep 3: 66+7=73\nThe answer is \\boxed{73}", p.Solution);
    }

    [Theory]
    [InlineData("a+(b+c)")]
    [InlineData("(1+2")]
    [InlineData("1++2")]
    [InlineData("")]
    public void A_bad_question_is_a_clear_error(string question)
    {
        // When a bad question is parsed, then a PsrException names it
        var e = Assert.Throws<PsrException>(() => ExpressionParser.Parse(question));
        Assert.Contains("question", e.Message);
    }

    [Fact]
    public void Invalid_knobs_are_all_reported_at_once()
    {
        // Given a config with three bad knobs
        var config = new WorldConfig { MinOperations = 4, MaxOperations = 3, MaxDivisor = 12 };

        // When validated, then every problem is listed with its value
        var e = Assert.Throws<ConfigException>(config.Validate);
        Assert.Equal(2, e.Problems.Count);
        Assert.Contains(e.Problems, m => m.Contains("MaxDivisor (12)"));
    }
}
