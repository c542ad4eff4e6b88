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
            var step = StepLineParser.Parse(line);
            if (!TryComputed(segment, out var computed) || computed != Target(step) || !ReadyMatches(segment, step))
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
        var semi = RouteResult(segment);
        if (semi < 0)
            return false;
        var tail = segment[(semi + 1)..];
        var end = tail.IndexOf(' ');
        return end > 0 && end <= 12 &&
               long.TryParse(tail[..end], NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Where the route's result starts: the last <c>;</c> followed by a digit (a matched check has a <c>; </c> before
    /// its route, <see cref="OperationMatch.LeftmostLast"/> one after it); -1 when there is none.
    /// </summary>
    private static int RouteResult(ReadOnlySpan<char> segment)
    {
        for (var i = segment.Length - 2; i >= 0; i--)
            if (segment[i] == ';' && char.IsAsciiDigit(segment[i + 1]))
                return i;
        return -1;
    }

    /// <summary>
    /// With the comparison after the route (<see cref="OperationMatch.LeftmostLast"/>: <c>...; 14/2 vs 16/2: ...</c>), the
    /// operation the model wrote as the ready one must be the candidate's, compared here; true when there is none.
    /// </summary>
    private static bool ReadyMatches(ReadOnlySpan<char> segment, StepLine step)
    {
        var route = RouteResult(segment);
        var after = route < 0 ? -1 : segment[route..].LastIndexOf("; ", StringComparison.Ordinal);
        if (after < 0)
            return true;
        var tail = segment[(route + after + 2)..];
        var vs = tail.IndexOf(" vs ", StringComparison.Ordinal);
        return vs < 0 || step.Kind != LineKind.Operation || tail[..vs].SequenceEqual(OwnStep.OperationText(step.A, step.Op, step.B));
    }
}
