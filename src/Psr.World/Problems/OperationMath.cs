namespace Psr.World.Problems;

/// <summary>Symbols, precedence and exact integer arithmetic of <see cref="Operation"/>.</summary>
public static class OperationMath
{
    /// <summary>The ASCII symbol written in questions and steps.</summary>
    public static char Symbol(Operation op) => op switch
    {
        Operation.Add => '+',
        Operation.Subtract => '-',
        Operation.Multiply => '*',
        Operation.Divide => '/',
        _ => '?',
    };

    /// <summary>The operation written as <paramref name="c"/>, or <see cref="Operation.None"/>.</summary>
    public static Operation FromSymbol(char c) => c switch
    {
        '+' => Operation.Add,
        '-' => Operation.Subtract,
        '*' => Operation.Multiply,
        '/' => Operation.Divide,
        _ => Operation.None,
    };

    /// <summary>1 for + and -, 2 for * and /.</summary>
    public static int Precedence(Operation op) => op is Operation.Multiply or Operation.Divide ? 2 : 1;

    /// <summary>Whether swapping the operands keeps the step valid (+ and *).</summary>
    public static bool IsCommutative(Operation op) => op is Operation.Add or Operation.Multiply;

    /// <summary>
    /// Computes <c>a op b</c> exactly; false for a division by zero, an inexact division, or an overflow, which the
    /// world never produces and a model-written step may.
    /// </summary>
    public static bool TryApply(Operation op, long a, long b, out long result)
    {
        Int128 r;
        switch (op)
        {
            case Operation.Add: r = (Int128)a + b; break;
            case Operation.Subtract: r = (Int128)a - b; break;
            case Operation.Multiply: r = (Int128)a * b; break;
            case Operation.Divide:
                if (b == 0 || (Int128)a % b != 0)
                {
                    result = 0;
                    return false;
                }
                r = (Int128)a / b;
                break;
            default:
                result = 0;
                return false;
        }
        var fits = r >= long.MinValue && r <= long.MaxValue;
        result = fits ? (long)r : 0;
        return fits;
    }
}
