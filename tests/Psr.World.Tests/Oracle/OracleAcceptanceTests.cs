using Psr.World.Corruption;
using Psr.World.Oracle;
using Psr.World.Presets;
using Psr.World.Problems;
using Psr.World.Splits;
using Xunit.Abstractions;

namespace Psr.World.Tests.Oracle;

public sealed class OracleAcceptanceTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("default", 10_000)]
    [InlineData("hard", 2_000)]
    [InlineData("single", 2_000)]
    public void Oracle_accepts_every_gold_step_and_rejects_every_corruption(string presetName, int count)
    {
        // Given problems of the preset
        var preset = WorldPresets.Get(presetName);
        var problems = new ProblemSource(preset.Problems, preset.Splits).Draw(WorldSplit.Train, count, seed: 7);
        var rng = new Random(11);
        var (gold, corrupted, goldAccepted, corruptedRejected) = (0, 0, 0, 0);
        var perRule = new int[Enum.GetValues<CorruptionRule>().Length];

        foreach (var p in problems)
        {
            for (var k = 0; k < p.GoldSteps.Count; k++)
            {
                // When the oracle judges the gold step after the gold prefix
                var prefix = p.GoldSteps.Take(k).ToList();
                gold++;
                if (StepOracle.JudgeStep(p.Question, prefix, p.GoldSteps[k]) == StepVerdict.Correct)
                    goldAccepted++;

                // And every corruption rule's step at the same position
                WorldPosition.TryCreate(p.Expression, prefix, out var position);
                foreach (var rule in Enum.GetValues<CorruptionRule>())
                {
                    if (!StepCorruptor.TryApply(rule, position!, p.GoldSteps[k], rng, out var wrong))
                        continue;
                    corrupted++;
                    perRule[(int)rule]++;
                    if (StepOracle.JudgeStep(p.Expression, prefix, wrong).Label == StepLabel.Wrong)
                        corruptedRejected++;
                }
            }
        }

        output.WriteLine($"{presetName}: {count} problems, gold {goldAccepted}/{gold} accepted, corruptions " +
                         $"{corruptedRejected}/{corrupted} rejected; per rule {string.Join(", ", perRule)}");

        // Then all gold steps are accepted, all corruptions rejected, and every rule was exercised
        Assert.Equal(gold, goldAccepted);
        Assert.Equal(corrupted, corruptedRejected);
        Assert.All(perRule, n => Assert.True(n > 0));
    }

    [Fact]
    public void Every_valid_order_of_steps_is_accepted_to_the_end()
    {
        // Given problems, and a random walk that always takes a random valid next step
        var problems = new ProblemSource(WorldPresets.Default.Problems, new SplitConfig()).Draw(WorldSplit.Train, 2_000, 3);
        var rng = new Random(5);
        foreach (var p in problems)
        {
            var steps = new List<string>();
            WorldPosition.TryCreate(p.Expression, steps, out var position);
            while (!position!.Answered)
            {
                var valid = position.ValidNextSteps();
                var step = valid[rng.Next(valid.Count)];

                // When each step is judged after the walk so far
                var verdict = StepOracle.JudgeStep(p.Expression, steps, step);

                // Then it is correct
                Assert.Equal(StepVerdict.Correct, verdict);
                steps.Add(step);
                position.TryAdvance(step, out position);
            }

            // And the whole walk scores as a correct solution
            var score = StepOracle.ScoreSolution(p.Expression, string.Join('\n', steps));
            Assert.True(score.ProcessCorrect && score.FinalAnswerCorrect, string.Join(" | ", steps));
        }
    }

    [Fact]
    public void Gold_solutions_score_as_fully_correct()
    {
        // Given default problems
        var problems = new ProblemSource(WorldPresets.Default.Problems, new SplitConfig()).Draw(WorldSplit.Test, 1_000, 1);

        // When their gold solutions are scored
        var scores = problems.Select(p => StepOracle.ScoreSolution(p.Expression, p.Solution)).ToList();

        // Then every one is correct in process and answer
        Assert.All(scores, s => Assert.Equal(new SolutionScore(s.FinalAnswer, true, true, -1, StepReason.Ok, s.LineCount), s));
    }
}
