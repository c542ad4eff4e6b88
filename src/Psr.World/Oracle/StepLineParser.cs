using Psr.World.Problems;

namespace Psr.World.Oracle;

/// <summary>
/// Parses one line written by a model: <c>[Step n: ]a op b=c</c> or <c>[Step n: ]The answer is \boxed{n}</c>, with
/// spaces allowed around symbols. A single left-to-right scan over a span, capped in length, so garbage of any
/// length costs at most <see cref="MaxLineLength"/> character reads and no allocation. Hand-written rather than a
/// regular expression for exactly that reason.
/// </summary>
public static class StepLineParser
{
    /// <summary>Longest line considered; longer lines are bad.</summary>
    public const int MaxLineLength = 160;

    /// <summary>Most digits in a number; longer numbers make the line bad.</summary>
    public const int MaxDigits = 12;

    private const string AnswerWords = "The answer is";
    private const string Boxed = "\\boxed{";

    /// <summary>Parses <paramref name="line"/> (surrounding white space ignored).</summary>
    public static StepLine Parse(ReadOnlySpan<char> line)
    {
        var s = line.Trim();
        if (s.IsEmpty || s.Length > MaxLineLength)
            return StepLine.Bad;
        var number = -1;
        if (s.StartsWith(StepFormat.StepPrefix, StringComparison.Ordinal))
        {
            var p = StepFormat.StepPrefix.Length;
            if (!TryNumber(s, ref p, out var n, allowSign: false) || n > 999 || !Expect(s, ref p, ':'))
                return StepLine.Bad;
            number = (int)n;
            s = s[p..].TrimStart();
        }
        return s.StartsWith(AnswerWords, StringComparison.Ordinal) ? ParseAnswer(s, number) : ParseOperation(s, number);
    }

    private static StepLine ParseAnswer(ReadOnlySpan<char> s, int number)
    {
        var p = AnswerWords.Length;
        SkipSpaces(s, ref p);
        if (!s[p..].StartsWith(Boxed, StringComparison.Ordinal))
            return StepLine.Bad;
        p += Boxed.Length;
        SkipSpaces(s, ref p);
        if (!TryNumber(s, ref p, out var answer, allowSign: true) || !Expect(s, ref p, '}'))
            return StepLine.Bad;
        SkipSpaces(s, ref p);
        return p == s.Length ? new StepLine(LineKind.Answer, number, 0, Operation.None, 0, answer) : StepLine.Bad;
    }

    private static StepLine ParseOperation(ReadOnlySpan<char> s, int number)
    {
        var p = 0;
        if (!TryNumber(s, ref p, out var a, allowSign: true))
            return StepLine.Bad;
        SkipSpaces(s, ref p);
        var op = p < s.Length ? OperationMath.FromSymbol(s[p]) : Operation.None;
        if (op == Operation.None)
            return StepLine.Bad;
        p++;
        SkipSpaces(s, ref p);
        if (!TryNumber(s, ref p, out var b, allowSign: true) || !Expect(s, ref p, '='))
            return StepLine.Bad;
        SkipSpaces(s, ref p);
        if (!TryNumber(s, ref p, out var c, allowSign: true))
            return StepLine.Bad;
        SkipSpaces(s, ref p);
        return p == s.Length ? new StepLine(LineKind.Operation, number, a, op, b, c) : StepLine.Bad;
    }

    /// <summary>Skips spaces, then expects <paramref name="c"/>.</summary>
    private static bool Expect(ReadOnlySpan<char> s, ref int p, char c)
    {
        SkipSpaces(s, ref p);
        if (p >= s.Length || s[p] != c)
            return false;
        p++;
        return true;
    }

    private static void SkipSpaces(ReadOnlySpan<char> s, ref int p)
    {
        while (p < s.Length && s[p] == ' ')
            p++;
    }

    /// <summary>
    /// Reads an integer in canonical form: an optional minus, then digits without a leading zero (a lone 0 is fine,
    /// -0 is not), at most <see cref="MaxDigits"/> of them.
    /// </summary>
    private static bool TryNumber(ReadOnlySpan<char> s, ref int p, out long value, bool allowSign)
    {
        value = 0;
        var negative = allowSign && p < s.Length && s[p] == '-';
        var start = negative ? p + 1 : p;
        var q = start;
        while (q < s.Length && char.IsAsciiDigit(s[q]))
        {
            if (q - start == MaxDigits)
                return false;
            value = value * 10 + (s[q] - '0');
            q++;
        }
        var digits = q - start;
        if (digits == 0 || (digits > 1 && s[start] == '0') || (negative && value == 0))
            return false;
        if (negative)
            value = -value;
        p = q;
        return true;
    }
}
