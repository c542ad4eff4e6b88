using Psr.World.Problems;

namespace Psr.World.Corruption;

/// <summary>Column arithmetic with one carry or borrow forgotten: the classic slip of written arithmetic.</summary>
public static class ColumnErrors
{
    /// <summary>
    /// <c>a op b</c> computed column by column (least significant first) with the first non-zero carry (+, *) or
    /// borrow (-) dropped; false when the computation has none (then the rule does not apply). For * the
    /// single-digit factor must be one of the operands.
    /// </summary>
    public static bool TryDropFirstCarry(Operation op, long a, long b, out long result)
    {
        result = 0;
        if (a < 0 || b < 0)
            return false;
        return op switch
        {
            Operation.Add => TryAdd(a, b, out result),
            Operation.Subtract => a >= b && TrySubtract(a, b, out result),
            Operation.Multiply => b <= 9 ? TryMultiply(a, b, out result) : a <= 9 && TryMultiply(b, a, out result),
            _ => false,
        };
    }

    private static bool TryAdd(long a, long b, out long result)
    {
        (result, long place, long carry, var dropped) = (0L, 1L, 0L, false);
        while (a > 0 || b > 0 || carry > 0)
        {
            var s = a % 10 + b % 10 + carry;
            result += s % 10 * place;
            carry = s / 10;
            if (carry > 0 && !dropped)
                (carry, dropped) = (0, true);
            (a, b, place) = (a / 10, b / 10, place * 10);
        }
        return dropped;
    }

    private static bool TrySubtract(long a, long b, out long result)
    {
        (result, long place, long borrow, var dropped) = (0L, 1L, 0L, false);
        while (a > 0 || b > 0)
        {
            var d = a % 10 - b % 10 - borrow;
            borrow = d < 0 ? 1 : 0;
            if (borrow > 0 && !dropped)
                (borrow, dropped) = (0, true);
            result += (d + 10) % 10 * place;
            (a, b, place) = (a / 10, b / 10, place * 10);
        }
        return dropped;
    }

    private static bool TryMultiply(long x, long digit, out long result)
    {
        (result, long place, long carry, var dropped) = (0L, 1L, 0L, false);
        do
        {
            var p = x % 10 * digit + carry;
            carry = p / 10;
            if (carry > 0 && !dropped)
                (carry, dropped) = (0, true);
            result += p % 10 * place;
            (x, place) = (x / 10, place * 10);
        }
        while (x > 0);
        result += carry * place;
        return dropped;
    }
}
