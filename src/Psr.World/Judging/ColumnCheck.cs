using System.Globalization;
using System.Text;

namespace Psr.World.Judging;

/// <summary>
/// Writes the digit-by-digit routes of the judge's checks, least significant column first, each column one
/// single-digit sum or product plus a carry: <c>282+38</c> gives <c>2+8=10,8+3+1=12,2+1=3</c> and <c>47*6</c> gives
/// <c>7*6=42,4*6+4=28</c> (<see cref="ColumnCarry.Split"/>: <c>2+9=11+1=12</c>, <c>4*6=24+4=28</c>, every fact two terms). Then the comparison of the computed value with the one to check, right-aligned (or left-aligned,
/// <see cref="DigitOrder"/>), digit by digit, stopping at the first difference: <c>2=2 8=8 2=2</c>, <c>8!2</c>,
/// <c>2!_</c> (<c>_</c>: no digit).
/// </summary>
public static class ColumnCheck
{
    /// <summary>Appends the columns of <c>x+y</c> (both non-negative) and returns the sum.</summary>
    public static long AppendSum(StringBuilder sb, long x, long y, ColumnCarry carryStyle = ColumnCarry.Inline)
    {
        var (xs, ys) = (Digits(x), Digits(y));
        long carry = 0;
        for (var k = 0; k < Math.Max(xs.Length, ys.Length); k++)
        {
            if (k > 0)
                sb.Append(',');
            var terms = 0;
            long s = 0;
            if (k < xs.Length)
                AppendTerm(sb, xs[^(k + 1)] - '0', ref terms, ref s);
            if (k < ys.Length)
                AppendTerm(sb, ys[^(k + 1)] - '0', ref terms, ref s);
            if (carry > 0 && carryStyle == ColumnCarry.Split && terms > 1)
                sb.Append('=').Append(s); // the digits' own sum first, then the carry as a second two-term fact
            if (carry > 0)
                AppendTerm(sb, carry, ref terms, ref s);
            if (terms > 1)
                sb.Append('=').Append(s);
            carry = s / 10;
        }
        return x + y;
    }

    /// <summary>Appends the columns of <c>x*d</c> (x non-negative, d a single digit) and returns the product.</summary>
    public static long AppendProduct(StringBuilder sb, long x, long d, ColumnCarry carryStyle = ColumnCarry.Inline)
    {
        var xs = Digits(x);
        long carry = 0;
        for (var k = 0; k < xs.Length; k++)
        {
            if (k > 0)
                sb.Append(',');
            long p = (xs[^(k + 1)] - '0') * d + carry;
            sb.Append(xs[^(k + 1)]).Append('*').Append(d);
            if (carry > 0 && carryStyle == ColumnCarry.Split)
                sb.Append('=').Append(p - carry);
            if (carry > 0)
                sb.Append('+').Append(carry);
            sb.Append('=').Append(p);
            carry = p / 10;
        }
        return x * d;
    }

    /// <summary>
    /// Appends <c> r=c</c> pairs from the right (or, <see cref="DigitOrder.FromLeft"/>, the left) of
    /// <paramref name="computed"/> and <paramref name="claimed"/> (<c>_</c> where one has no more characters) up to and
    /// including the first <c>r!c</c>; true when all match.
    /// </summary>
    public static bool AppendComparison(StringBuilder sb, string computed, string claimed, DigitOrder order = DigitOrder.FromRight)
    {
        for (var k = 0; k < Math.Max(computed.Length, claimed.Length); k++)
        {
            var (r, c) = (At(computed, k), At(claimed, k));
            sb.Append(' ').Append(r).Append(r == c ? '=' : '!').Append(c);
            if (r != c)
                return false;
        }
        return true;

        char At(string s, int k) => k >= s.Length ? '_' : s[order == DigitOrder.FromLeft ? k : s.Length - 1 - k];
    }

    /// <summary>The decimal digits of a non-negative number.</summary>
    public static string Digits(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static void AppendTerm(StringBuilder sb, long term, ref int terms, ref long sum)
    {
        if (terms++ > 0)
            sb.Append('+');
        sb.Append(term);
        sum += term;
    }
}
