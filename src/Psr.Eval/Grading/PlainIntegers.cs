namespace Psr.Eval.Grading;

/// <summary>
/// The fast path for the common case (both answers plain integers such as <c>18</c>, <c>-3</c>, AIME's <c>025</c>):
/// a digit comparison without normalisation, parsing or allocation.
/// </summary>
internal static class PlainIntegers
{
    /// <summary>Whether the two integers are equal, or null when either is not a plain integer.</summary>
    public static bool? TryCompare(string a, string b)
    {
        var x = a.AsSpan().Trim();
        var y = b.AsSpan().Trim();
        if (!IsInteger(x) || !IsInteger(y))
            return null;
        var xNegative = x[0] == '-';
        var yNegative = y[0] == '-';
        var xDigits = Digits(x);
        var yDigits = Digits(y);
        if (xDigits is "0" && yDigits is "0")
            return true;
        return xNegative == yNegative && xDigits.SequenceEqual(yDigits);
    }

    private static bool IsInteger(ReadOnlySpan<char> s)
    {
        var start = s.Length > 0 && (s[0] == '-' || s[0] == '+') ? 1 : 0;
        if (s.Length == start)
            return false;
        foreach (var c in s[start..])
            if (!char.IsAsciiDigit(c))
                return false;
        return true;
    }

    /// <summary>The digits without sign and leading zeros ("0" for zero).</summary>
    private static ReadOnlySpan<char> Digits(ReadOnlySpan<char> s)
    {
        var digits = s[0] is '-' or '+' ? s[1..] : s;
        digits = digits.TrimStart('0');
        return digits.Length == 0 ? "0" : digits;
    }
}
