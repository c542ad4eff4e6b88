using System.Globalization;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.World.Judging;

/// <summary>
/// OPTION, not the default: the harness-side verdict of prototype 2. The arithmetic is the model's (the number it
/// computed after <c>;</c> in each segment), but the comparison with the candidate is made here, in C#, instead of
/// trusting the model's own <c>right</c>/<c>wrong</c>. A segment without a computed number (<c>not next</c>,
/// <c>bad</c>, ...) marks the candidate wrong. Use it only as a labelled diagnostic next to the model's own verdict.
/// </summary>
public static class HarnessComparison
{
    /// <summary>Re-derives the marks and verdict of <paramref name="output"/> by comparing numbers.</summary>
    public static JudgeParse Judge(string? output, string candidateA, string candidateB)
    {
        var raw = output ?? "";
        var text = raw.AsSpan(0, Math.Min(raw.Length, JudgeOutputParser.MaxOutputLength));
        var (a, b) = (CandidateMark.Missing, CandidateMark.Missing);
        foreach (var rawLine in text.EnumerateLines())
        {
            var line = rawLine.Trim();
            if (a == CandidateMark.Missing && line.StartsWith("A:", StringComparison.Ordinal))
                a = MarkOf(line[2..], candidateA);
            else if (b == CandidateMark.Missing && line.StartsWith("B:", StringComparison.Ordinal))
                b = MarkOf(line[2..], candidateB);
        }
        var verdict = JudgeFormat.FromMarks(a, b);
        return new JudgeParse(raw, verdict != PairVerdict.Missing, a, b, verdict);
    }

    private static CandidateMark MarkOf(ReadOnlySpan<char> checkLine, string candidate)
    {
        var rest = checkLine;
        foreach (var line in candidate.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace())
                continue;
            var next = rest.IndexOf(JudgeFormat.SegmentSeparator, StringComparison.Ordinal);
            var segment = next < 0 ? rest : rest[..next];
            rest = next < 0 ? [] : rest[(next + JudgeFormat.SegmentSeparator.Length)..];
            if (!TryComputed(segment, out var computed) || computed != Target(StepLineParser.Parse(line)))
                return CandidateMark.Wrong;
        }
        return CandidateMark.Right;
    }

    /// <summary>The value the route's result must equal: the claim for + and *, the first operand for - and /.</summary>
    private static long? Target(StepLine line) => line.Kind switch
    {
        LineKind.Answer => line.C,
        LineKind.Operation when line.Op is Operation.Subtract or Operation.Divide => line.A,
        LineKind.Operation => line.C,
        _ => null,
    };

    private static bool TryComputed(ReadOnlySpan<char> segment, out long value)
    {
        value = 0;
        var semi = segment.LastIndexOf(';'); // the route's result follows the last ';' (a matched check has two)
        if (semi < 0)
            return false;
        var tail = segment[(semi + 1)..];
        var end = tail.IndexOf(' ');
        return end > 0 && end <= 12 &&
               long.TryParse(tail[..end], NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
