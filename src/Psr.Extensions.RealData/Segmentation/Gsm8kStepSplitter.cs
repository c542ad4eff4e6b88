using System.Text.RegularExpressions;

namespace Psr.Extensions.RealData.Segmentation;

/// <summary>
/// The rule-based IFT splitter for GSM8K gold solutions (docs/scale-out.md, "Real datasets"): every non-empty
/// reasoning line is one step, with the calculator annotations <c>&lt;&lt;expr=result&gt;&gt;</c> removed (the
/// result after them stays) and whitespace trimmed; the last line <c>#### x</c> becomes the final step
/// <c>The answer is \boxed{x}.</c> (x as written, commas kept: the grader removes them).
/// </summary>
public static partial class Gsm8kStepSplitter
{
    private const string FinalMarker = "####";

    /// <summary>Splits one GSM8K <c>answer</c> field.</summary>
    public static SegmentedSolution Split(string solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var lines = solution.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var finalIndex = lines.FindIndex(l => l.StartsWith(FinalMarker, StringComparison.Ordinal));
        if (finalIndex < 0)
            return SegmentedSolution.Failed(SegmentFailure.NoFinalAnswerLine);
        var answer = lines[finalIndex][FinalMarker.Length..].Trim();
        if (answer.Length == 0)
            return SegmentedSolution.Failed(SegmentFailure.EmptyFinalAnswer);
        var reasoning = lines.Take(finalIndex).Select(l => Annotation().Replace(l, "").Trim()).Where(l => l.Length > 0).ToList();
        if (reasoning.Count == 0)
            return SegmentedSolution.Failed(SegmentFailure.NoReasoningLines);
        if (reasoning.Any(l => l.Contains("<<", StringComparison.Ordinal) || l.Contains(">>", StringComparison.Ordinal)))
            return SegmentedSolution.Failed(SegmentFailure.UnclosedAnnotation);
        return SegmentedSolution.Of([.. reasoning.Select(l => " " + l), $" The answer is \\boxed{{{answer}}}."]);
    }

    [GeneratedRegex("<<[^<>]*>>")]
    private static partial Regex Annotation();
}
