using System.Globalization;
using System.Text.RegularExpressions;

namespace Psr.Extensions.RealData.Segmentation;

/// <summary>
/// Reads a segmenter's answer to <see cref="SegmentationPrompt"/>: <c>Step 1: …</c>, <c>Step 2: …</c>, each header at
/// the start of a line (paper-method §1.2: split on <c>(^|\n)Step \d+: </c>). Leading/trailing whitespace of the whole
/// answer is ignored; text before <c>Step 1:</c>, numbers out of order, an empty step or a last step without
/// <c>\boxed{</c> make the answer unparseable (a counted skip, no repair).
/// </summary>
public static partial class StepListParser
{
    /// <summary>Parses one answer.</summary>
    public static SegmentedSolution Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var text = output.Trim();
        var headers = Header().Matches(text);
        if (headers.Count == 0)
            return SegmentedSolution.Failed(SegmentFailure.NoSteps);
        if (headers[0].Index != 0)
            return SegmentedSolution.Failed(SegmentFailure.StepsOutOfOrder);
        var steps = new List<string>(headers.Count);
        for (var i = 0; i < headers.Count; i++)
        {
            if (int.Parse(headers[i].Groups["n"].Value, CultureInfo.InvariantCulture) != i + 1)
                return SegmentedSolution.Failed(SegmentFailure.StepsOutOfOrder);
            var start = headers[i].Index + headers[i].Length;
            var end = i + 1 < headers.Count ? headers[i + 1].Index : text.Length;
            var body = text[start..end].TrimEnd();
            if (body.Trim().Length == 0)
                return SegmentedSolution.Failed(SegmentFailure.EmptyStep);
            steps.Add(" " + body.TrimStart());
        }
        if (!steps[^1].Contains("\\boxed{", StringComparison.Ordinal))
            return SegmentedSolution.Failed(SegmentFailure.NoBoxedAnswer);
        return SegmentedSolution.Of(steps);
    }

    [GeneratedRegex(@"(?<=^|\n)Step (?<n>\d{1,4}):")]
    private static partial Regex Header();
}
