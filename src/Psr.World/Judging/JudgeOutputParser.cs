namespace Psr.World.Judging;

/// <summary>
/// Parses what a judge model wrote: the mark at the end of the first <c>A:</c> and <c>B:</c> lines and the first
/// verdict token (<c>[[A]]</c>, <c>[[B]]</c>, <c>[[tie]]</c>, <c>[[none]]</c>; later tokens are ignored because a
/// model that runs past its verdict babbles). One pass over at most <see cref="MaxOutputLength"/> characters, no
/// regular expressions, never throws.
/// </summary>
public static class JudgeOutputParser
{
    /// <summary>Characters of the output read; the rest is ignored.</summary>
    public const int MaxOutputLength = 2048;

    /// <summary>Parses <paramref name="output"/>.</summary>
    public static JudgeParse Parse(string? output)
    {
        var raw = output ?? "";
        var text = raw.AsSpan(0, Math.Min(raw.Length, MaxOutputLength));
        var (a, b, verdict) = (CandidateMark.Missing, CandidateMark.Missing, PairVerdict.Missing);
        var (seenA, seenB) = (false, false);
        foreach (var rawLine in text.EnumerateLines())
        {
            var line = rawLine.Trim();
            if (!seenA && line.StartsWith("A:", StringComparison.Ordinal))
                (seenA, a) = (true, MarkOf(line));
            else if (!seenB && line.StartsWith("B:", StringComparison.Ordinal))
                (seenB, b) = (true, MarkOf(line));
            if (verdict == PairVerdict.Missing)
                verdict = VerdictIn(line);
        }
        return new JudgeParse(raw, verdict != PairVerdict.Missing, a, b, verdict);
    }

    /// <summary>The mark that ends a check line (a verdict token after it is allowed).</summary>
    private static CandidateMark MarkOf(ReadOnlySpan<char> line)
    {
        var token = line.IndexOf("[[", StringComparison.Ordinal);
        if (token >= 0)
            line = line[..token].TrimEnd();
        if (line.EndsWith(" " + JudgeFormat.RightWord, StringComparison.Ordinal))
            return CandidateMark.Right;
        return line.EndsWith(" " + JudgeFormat.WrongWord, StringComparison.Ordinal)
            ? CandidateMark.Wrong
            : CandidateMark.Missing;
    }

    private static PairVerdict VerdictIn(ReadOnlySpan<char> line)
    {
        while (true)
        {
            var at = line.IndexOf("[[", StringComparison.Ordinal);
            if (at < 0)
                return PairVerdict.Missing;
            line = line[(at + 2)..];
            var v = line switch
            {
                _ when line.StartsWith("A]]", StringComparison.Ordinal) => PairVerdict.A,
                _ when line.StartsWith("B]]", StringComparison.Ordinal) => PairVerdict.B,
                _ when line.StartsWith("tie]]", StringComparison.Ordinal) => PairVerdict.Tie,
                _ when line.StartsWith("none]]", StringComparison.Ordinal) => PairVerdict.None,
                _ => PairVerdict.Missing,
            };
            if (v != PairVerdict.Missing)
                return v;
        }
    }
}
