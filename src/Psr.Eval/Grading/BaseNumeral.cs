using System.Numerics;
using System.Text.RegularExpressions;

namespace Psr.Eval.Grading;

/// <summary>A numeral with a base subscript, such as <c>52_8</c> or <c>1011_{2}</c>.</summary>
internal sealed partial record BaseNumeral(string Digits, int Base)
{
    public static BaseNumeral? TryParse(string text)
    {
        var m = Pattern().Match(text.Replace(" ", ""));
        if (!m.Success || !int.TryParse(m.Groups[2].Value, out var b) || b is < 2 or > 36)
            return null;
        var digits = m.Groups[1].Value.TrimStart('0');
        return new BaseNumeral(digits.Length == 0 ? "0" : digits.ToUpperInvariant(), b);
    }

    /// <summary>The value, or null when a digit is not valid in the base.</summary>
    public BigInteger? Value()
    {
        var value = BigInteger.Zero;
        foreach (var c in Digits)
        {
            var d = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            if (d >= Base)
                return null;
            value = value * Base + d;
        }
        return value;
    }

    [GeneratedRegex(@"^([0-9A-Za-z]{1,64})_\{?(\d{1,2})\}?$", RegexOptions.None, 200)]
    private static partial Regex Pattern();
}
