using Psr.World.Corruption;
using Psr.World.Eft;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.Studies.Measurement;

/// <summary>A held-out right-vs-wrong pair at a gold prefix, to be judged in both orders.</summary>
/// <param name="Problem">The problem.</param>
/// <param name="PrefixLength">Gold lines before the candidates.</param>
/// <param name="Right">A correct next step (the gold one).</param>
/// <param name="Wrong">A wrong next step.</param>
public sealed record JudgePairSet(WorldProblem Problem, int PrefixLength, string Right, string Wrong)
{
    /// <summary>One pair per problem: gold vs a corruption-rule step at a random gold prefix.</summary>
    public static IReadOnlyList<JudgePairSet> FromCorruptions(IReadOnlyList<WorldProblem> problems, CorruptionWeights weights, int seed)
    {
        var rng = new Random(seed);
        var pairs = new List<JudgePairSet>();
        foreach (var p in problems)
        {
            var k = rng.Next(p.GoldSteps.Count);
            WorldPosition.TryCreate(p.Expression, p.GoldSteps.Take(k).ToList(), out var position);
            if (StepCorruptor.TryCorrupt(position!, p.GoldSteps[k], weights, rng, out var wrong))
                pairs.Add(new JudgePairSet(p, k, p.GoldSteps[k], wrong.Text));
        }
        return pairs;
    }

    /// <summary>Gold vs the model's own sampled wrong steps (at most one per problem).</summary>
    public static IReadOnlyList<JudgePairSet> FromSampled(IReadOnlyList<WorldProblem> problems, IEnumerable<SampledWrongStep> wrong)
    {
        var byId = problems.ToDictionary(p => p.Id, StringComparer.Ordinal);
        return wrong.GroupBy(w => w.ProblemId).Select(g => g.First())
            .Select(w => new JudgePairSet(byId[w.ProblemId], w.PrefixLength, byId[w.ProblemId].GoldSteps[w.PrefixLength], w.Step))
            .ToList();
    }
}
