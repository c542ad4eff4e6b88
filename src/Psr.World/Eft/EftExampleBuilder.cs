using System.Diagnostics.CodeAnalysis;
using Psr.World.Judging;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.World.Eft;

/// <summary>
/// Turns (question, previous steps, two candidate steps from any source) into a judge training example: the oracle
/// labels the candidates, the explanation writer writes the target, and the A/B order is drawn at random.
/// </summary>
public static class EftExampleBuilder
{
    /// <summary>
    /// Builds an example with <paramref name="first"/> and <paramref name="second"/> in random order; false when the
    /// previous steps are not all correct.
    /// </summary>
    public static bool TryBuild(WorldProblem problem, IReadOnlyList<string> previousSteps, string first, string second,
        EftPairKind kind, string wrongSource, Random rng, [NotNullWhen(true)] out EftExample? example,
        CheckStyle? style = null)
    {
        example = null;
        if (!WorldPosition.TryCreate(problem.Expression, previousSteps, out var position))
            return false;
        var (a, b) = rng.Next(2) == 0 ? (first, second) : (second, first);
        example = BuildOrdered(problem, previousSteps, position, a, b, kind, wrongSource, style);
        return true;
    }

    /// <summary>Builds the example with A and B as given (for both-order evaluation sets).</summary>
    public static EftExample BuildOrdered(WorldProblem problem, IReadOnlyList<string> previousSteps,
        WorldPosition position, string candidateA, string candidateB, EftPairKind kind, string wrongSource,
        CheckStyle? style = null)
    {
        style ??= CheckStyle.Default;
        var target = JudgeExplanationWriter.Write(position, candidateA, candidateB, style);
        var prompt = JudgePrompt.Format(problem.Question, previousSteps, candidateA, candidateB,
            style.Check.NeedsOwnStep() ? OwnStep.Gold(position) : null);
        return new EftExample(problem.Id, prompt, target.Text, candidateA, candidateB, target.MarkA, target.MarkB,
            target.Verdict, kind, wrongSource);
    }
}
