using Psr.World.Corruption;
using Psr.World.Judging;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.Pipeline.Outcome;

/// <summary>
/// Draws whole-solution scoring examples from the same problems and corruption rules as the process EFT: a random
/// problem, a random <see cref="SolutionVariant"/> of its gold solution, and the oracle's target. The variants spread
/// the points over the whole 0–5 scale.
/// </summary>
public static class ScoreExampleBuilder
{
    private static readonly SolutionVariant[] Variants = Enum.GetValues<SolutionVariant>();

    /// <summary>Draws <paramref name="count"/> examples with a seeded random stream, their check lines written in
    /// <paramref name="style"/> (the run's <c>judge</c> section; see <see cref="ScoreTargetWriter.Write"/>).</summary>
    public static IReadOnlyList<ScoreExample> Draw(IReadOnlyList<WorldProblem> problems, CorruptionWeights corruptions, int count, int seed,
        CheckStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
            return [];
        var rng = new Random(seed);
        var examples = new List<ScoreExample>(count);
        while (examples.Count < count)
        {
            var problem = problems[rng.Next(problems.Count)];
            var variant = Variants[rng.Next(Variants.Length)];
            var solution = Make(problem, variant, corruptions, rng) ?? problem.Solution;
            var v = solution == problem.Solution ? SolutionVariant.Gold : variant;
            var target = ScoreTargetWriter.Write(problem.Expression, solution, style);
            examples.Add(new ScoreExample(problem.Id, CompactScorePrompt.Format(problem.Question, solution), target.Text, solution, target.Points, v));
        }
        return examples;
    }

    /// <summary>The variant's solution text, or null when it cannot be made for this problem (the caller uses the gold one).</summary>
    public static string? Make(WorldProblem problem, SolutionVariant variant, CorruptionWeights corruptions, Random rng)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(rng);
        var gold = problem.GoldSteps;
        var last = gold.Count - 1; // the answer line
        switch (variant)
        {
            case SolutionVariant.Truncated:
                return last < 1 ? null : string.Join('\n', gold.Take(1 + rng.Next(last)));
            case SolutionVariant.WrongAnswer:
                return Corrupt(problem, last, corruptions, rng, keepRest: false);
            case SolutionVariant.WrongStepThenGold:
            case SolutionVariant.WrongStepThenStop:
                return last < 1 ? null : Corrupt(problem, rng.Next(last), corruptions, rng, keepRest: variant == SolutionVariant.WrongStepThenGold);
            default:
                return null;
        }
    }

    private static string? Corrupt(WorldProblem problem, int at, CorruptionWeights corruptions, Random rng, bool keepRest)
    {
        var gold = problem.GoldSteps;
        if (!WorldPosition.TryCreate(problem.Expression, gold.Take(at).ToList(), out var position)
            || !StepCorruptor.TryCorrupt(position, gold[at], corruptions, rng, out var wrong))
            return null;
        IEnumerable<string> lines = [.. gold.Take(at), wrong.Text];
        if (keepRest)
            lines = lines.Concat(gold.Skip(at + 1));
        return string.Join('\n', lines);
    }
}
