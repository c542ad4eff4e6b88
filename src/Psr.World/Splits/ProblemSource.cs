using Psr.Core.Errors;
using Psr.World.Problems;

namespace Psr.World.Splits;

/// <summary>
/// Draws distinct problems of one split: the seed and split fix the random stream, and only questions whose hash
/// belongs to the split are kept, so train, dev and test never overlap (see <see cref="SplitCheck"/>).
/// </summary>
public sealed class ProblemSource
{
    private readonly ProblemGenerator _generator;
    private readonly SplitConfig _splits;

    /// <summary>Validates both configurations once.</summary>
    public ProblemSource(WorldConfig world, SplitConfig splits)
    {
        splits.Validate();
        _generator = new ProblemGenerator(world);
        _splits = splits;
    }

    /// <summary>
    /// The first <paramref name="count"/> distinct problems of <paramref name="split"/> for <paramref name="seed"/>,
    /// with ids <c>{idPrefix}-{split}-{seed}-{index}</c>. Throws when the world has too few distinct questions.
    /// </summary>
    public IReadOnlyList<WorldProblem> Draw(WorldSplit split, int count, int seed, string idPrefix = "world")
    {
        if (count < 0)
            throw new PsrException($"problem count ({count}) must be >= 0");
        var rng = new Random(MixSeed(seed, split));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<WorldProblem>(count);
        var maxDraws = 10_000 + 200L * count;
        for (long draw = 0; problems.Count < count; draw++)
        {
            if (draw >= maxDraws)
                throw new PsrException(
                    $"only {problems.Count} distinct {split} questions found in {maxDraws} draws (asked for {count})");
            var expression = _generator.Next(rng);
            var question = StepFormat.Question(expression);
            if (SplitAssigner.SplitOf(question, _splits) != split || !seen.Add(question))
                continue;
            var id = $"{idPrefix}-{split.ToString().ToLowerInvariant()}-{seed}-{problems.Count:D6}";
            problems.Add(WorldProblem.Create(id, expression));
        }
        return problems;
    }

    private static int MixSeed(int seed, WorldSplit split) =>
        (int)(SplitAssigner.Hash($"{seed}/{split}") & 0x7fffffff);
}
