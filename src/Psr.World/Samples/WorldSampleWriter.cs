using Psr.World.Corruption;
using Psr.World.Eft;
using Psr.World.Oracle;
using Psr.World.Presets;
using Psr.World.Splits;

namespace Psr.World.Samples;

/// <summary>
/// What <c>psr world sample</c> prints: for each problem the question, the gold steps, a corrupted wrong step with the
/// oracle's reason, and the judge prompt and target for the gold step against it.
/// </summary>
public static class WorldSampleWriter
{
    /// <summary>Writes <paramref name="count"/> train examples of <paramref name="preset"/> drawn with <paramref name="seed"/>.</summary>
    public static void Write(TextWriter output, WorldPreset preset, int count, int seed)
    {
        preset.Validate();
        var problems = new ProblemSource(preset.Problems, preset.Splits).Draw(WorldSplit.Train, count, seed, preset.Name);
        var rng = new Random(seed);
        output.WriteLine($"preset {preset.Name}: {preset.Description}");
        foreach (var problem in problems)
        {
            output.WriteLine();
            output.WriteLine($"== {problem.Id}: {problem.Question}  (answer {problem.Answer})");
            output.WriteLine(problem.Solution);
            var k = rng.Next(problem.GoldSteps.Count);
            var prefix = problem.GoldSteps.Take(k).ToList();
            WorldPosition.TryCreate(problem.Expression, prefix, out var position);
            var gold = problem.GoldSteps[k];
            if (!StepCorruptor.TryCorrupt(position!, gold, preset.Eft.Corruptions, rng, out var wrong))
                continue;
            var reason = position!.Judge(wrong.Text).Reason.Name();
            output.WriteLine($"-- wrong line {k + 1} ({wrong.Rule}, oracle: {reason}): {wrong.Text}");
            EftExampleBuilder.TryBuild(problem, prefix, gold, wrong.Text, EftPairKind.RightVsWrong,
                wrong.Rule.ToString(), rng, out var example);
            output.WriteLine("-- judge prompt:");
            output.Write(example!.Prompt);
            output.WriteLine("-- judge target:");
            output.WriteLine(example.Target);
        }
    }
}
