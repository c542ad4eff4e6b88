using Psr.Roles;
using Psr.World.Eft;
using Psr.World.Judging;

namespace Psr.Extensions.RealData.RealEft;

/// <summary>
/// Writes a kept pair in psr's EFT record format (<see cref="EftExample"/>), so Init and the judge-accuracy evaluation
/// read it unchanged: <see cref="EftExample.Prompt"/> is the compact judge prompt that carries the parts (question,
/// previous steps, A, B; the evaluation rebuilds the comparison from it and a served judge formats it as Figure 5),
/// the target is the annotator's own explanation in that order, ending with its <c>[[A]]</c>/<c>[[B]]</c>. One order
/// per pair, chosen by a seeded coin so the target verdicts are balanced; newlines in the question become spaces
/// because the compact prompt keeps the question on one line.
/// </summary>
public static class EftExampleWriter
{
    /// <summary>Where the wrong candidate of a real-data example came from.</summary>
    public const string Source = "sampled";

    /// <summary>The example of a kept pair.</summary>
    public static EftExample From(AnnotatedPair kept, long seed)
    {
        ArgumentNullException.ThrowIfNull(kept);
        var p = kept.Pair;
        var bestFirst = (SeedDerivation.Derive(seed, SeedPurpose.EftAnnotator, p.Depth, p.ProblemId, 2) & 1) == 0;
        var (a, b) = bestFirst ? (p.Best.Text, p.Worst.Text) : (p.Worst.Text, p.Best.Text);
        var question = OneLine(p.Question);
        return new EftExample(p.ProblemId, JudgePrompt.Format(question, p.PreviousSteps, a, b),
            bestFirst ? kept.BestFirst.Raw : kept.WorstFirst.Raw, a, b,
            bestFirst ? CandidateMark.Right : CandidateMark.Wrong, bestFirst ? CandidateMark.Wrong : CandidateMark.Right,
            bestFirst ? PairVerdict.A : PairVerdict.B, EftPairKind.RightVsWrong, Source);
    }

    /// <summary>The text on one line: line breaks become single spaces.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
