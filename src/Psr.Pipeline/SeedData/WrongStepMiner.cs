using Psr.Pipeline.Lanes;
using Psr.Roles;
using Psr.World.Eft;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.Pipeline.SeedData;

/// <summary>
/// Samples a (weak) policy at gold prefixes and keeps the steps the oracle calls wrong: the EFT pool of errors the
/// policy really makes (the paper mines its EFT pairs from the policy's own tree search).
/// </summary>
public static class WrongStepMiner
{
    /// <summary>
    /// For each problem, one random gold prefix (seeded), <paramref name="width"/> samples at <paramref name="temperature"/>;
    /// returns the distinct wrong steps and how many samples were drawn. Batches run on <paramref name="lanes"/> lanes
    /// (<see cref="OrderedLanes"/>; <paramref name="enterLane"/> on each lane's thread) and are read in order, so the
    /// result does not depend on the lane count.
    /// </summary>
    public static async Task<(IReadOnlyList<SampledWrongStep> Wrong, int Sampled)> MineAsync(
        IStepPolicy policy, IReadOnlyList<WorldProblem> problems, int width, double temperature, int seed,
        int batchSize = 64, CancellationToken cancellationToken = default, int lanes = 1, Action? enterLane = null)
    {
        var rng = new Random(seed);
        var prefixes = problems
            .Select(p => (Problem: p, Length: rng.Next(p.GoldSteps.Count)))
            .Select((x, i) => (x.Problem, x.Length, Prefix: new StepPrefix(x.Problem.Id, x.Problem.Question,
                x.Problem.GoldSteps.Take(x.Length).ToList(), (ulong)seed * 1_000_003UL + (ulong)i)))
            .ToList();
        var sampling = new StepSampling(width, temperature, 1.0, 48);
        var wrong = new List<SampledWrongStep>();
        var seen = new HashSet<(string, int, string)>();
        var sampled = 0;
        var chunks = prefixes.Chunk(batchSize).ToList();
        await foreach (var (chunk, got) in OrderedLanes.RunAsync(chunks, lanes, async (chunk, ct) =>
            (chunk, await policy.SampleAsync(chunk.Select(c => c.Prefix).ToList(), sampling, ct).ConfigureAwait(false)), enterLane, cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < chunk.Length; i++)
            {
                var (problem, length, prefix) = chunk[i];
                foreach (var candidate in got[i])
                {
                    sampled++;
                    var label = StepOracle.JudgeStep(problem.Expression, prefix.PreviousSteps, candidate.Text).Label;
                    if (label == StepLabel.Wrong && seen.Add((problem.Id, length, candidate.Text)))
                        wrong.Add(new SampledWrongStep(problem.Id, length, candidate.Text));
                }
            }
        }
        return (wrong, sampled);
    }
}
