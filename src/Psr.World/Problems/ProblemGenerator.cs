using Psr.Core.Errors;

namespace Psr.World.Problems;

/// <summary>
/// Draws random expressions that satisfy a <see cref="WorldConfig"/>: every intermediate value in 1..MaxValue,
/// subtraction strictly positive, products with a single-digit leaf factor, exact division by a single-digit leaf.
/// Deterministic for a given <see cref="Random"/> state.
/// </summary>
public sealed class ProblemGenerator
{
    private const int MaxAttempts = 10_000;
    private readonly WorldConfig _config;

    /// <summary>Validates <paramref name="config"/> once.</summary>
    public ProblemGenerator(WorldConfig config)
    {
        config.Validate();
        _config = config;
    }

    /// <summary>Draws one expression; throws a <see cref="PsrException"/> if the knobs admit none.</summary>
    public Expression Next(Random rng)
    {
        var operations = rng.Next(_config.MinOperations, _config.MaxOperations + 1);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var builder = new ExpressionBuilder();
            if (TryBuild(builder, operations, rng, out var root, out _))
                return builder.Build(root);
        }
        throw new PsrException(
            $"world config admits no problem with {operations} operations after {MaxAttempts} attempts: {_config}");
    }

    private bool TryBuild(ExpressionBuilder b, int operations, Random rng, out int node, out long value)
    {
        if (operations == 0)
        {
            value = Operand(rng);
            node = b.Leaf(value);
            return true;
        }
        var op = PickOperation(rng);
        var leftOps = rng.Next(operations);
        return op switch
        {
            Operation.Add or Operation.Subtract => TryAddOrSubtract(b, op, leftOps, operations - 1 - leftOps, rng,
                out node, out value),
            Operation.Multiply => TryMultiply(b, operations - 1, rng, out node, out value),
            _ => TryDivide(b, operations - 1, rng, out node, out value),
        };
    }

    private bool TryAddOrSubtract(ExpressionBuilder b, Operation op, int leftOps, int rightOps, Random rng,
        out int node, out long value)
    {
        node = -1;
        value = 0;
        if (!TryBuild(b, leftOps, rng, out var l, out var lv) || !TryBuild(b, rightOps, rng, out var r, out var rv))
            return false;
        if (op == Operation.Subtract && lv < rv)
            (l, lv, r, rv) = (r, rv, l, lv);
        value = op == Operation.Add ? lv + rv : lv - rv;
        if (value < 1 || value > _config.MaxValue)
            return false;
        node = b.Node(op, l, r);
        return true;
    }

    private bool TryMultiply(ExpressionBuilder b, int innerOps, Random rng, out int node, out long value)
    {
        node = -1;
        value = 0;
        if (!TryBuild(b, innerOps, rng, out var other, out var ov))
            return false;
        var m = rng.Next(2, _config.MaxMultiplier + 1);
        value = ov * m;
        if (value > _config.MaxValue)
            return false;
        var factor = b.Leaf(m);
        node = rng.Next(2) == 0 ? b.Node(Operation.Multiply, other, factor) : b.Node(Operation.Multiply, factor, other);
        return true;
    }

    private bool TryDivide(ExpressionBuilder b, int innerOps, Random rng, out int node, out long value)
    {
        node = -1;
        value = 0;
        int dividend;
        long d;
        if (innerOps == 0)
        {
            d = rng.Next(2, _config.MaxDivisor + 1);
            value = Operand(rng);
            if (value * d > _config.MaxValue)
                return false;
            dividend = b.Leaf(value * d);
        }
        else
        {
            if (!TryBuild(b, innerOps, rng, out dividend, out var dv))
                return false;
            d = PickDivisor(dv, rng);
            if (d == 0)
                return false;
            value = dv / d;
        }
        node = b.Node(Operation.Divide, dividend, b.Leaf(d));
        return true;
    }

    /// <summary>A random divisor of <paramref name="v"/> in 2..MaxDivisor, or 0 when there is none.</summary>
    private long PickDivisor(long v, Random rng)
    {
        Span<long> divisors = stackalloc long[8];
        var n = 0;
        for (var d = 2; d <= _config.MaxDivisor; d++)
        {
            if (v % d == 0)
                divisors[n++] = d;
        }
        return n == 0 ? 0 : divisors[rng.Next(n)];
    }

    private Operation PickOperation(Random rng)
    {
        var w = _config.Operations;
        var x = rng.Next(w.Total);
        foreach (var op in (ReadOnlySpan<Operation>)[Operation.Add, Operation.Subtract, Operation.Multiply, Operation.Divide])
        {
            x -= w.Of(op);
            if (x < 0)
                return op;
        }
        return Operation.Add;
    }

    private long Operand(Random rng)
    {
        var digits = rng.Next(_config.MinOperandDigits, _config.MaxOperandDigits + 1);
        var low = digits == 1 ? 1 : Pow10(digits - 1);
        return rng.NextInt64(low, Pow10(digits));
    }

    private static long Pow10(int n)
    {
        long p = 1;
        for (var i = 0; i < n; i++)
            p *= 10;
        return p;
    }
}
