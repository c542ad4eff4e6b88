using System.Numerics;
using Fractions;

namespace Psr.Eval.Grading.Expressions;

/// <summary>
/// Evaluates a constant expression with exact rational arithmetic (the <c>Fractions</c> package). Returns null when
/// the value is not a rational it can reach (variables, π, irrational roots, functions) or is undefined (÷0).
/// Powers are capped by <see cref="GradeOptions.MaxExactExponent"/> and a result-size bound, so <c>10^{10^{10}}</c>
/// is handed to the floating-point evaluator instead of allocating.
/// </summary>
internal sealed class ExactEvaluator(int maxExponent, Deadline deadline)
{
    private const long MaxResultBits = 1 << 16;

    public Fraction? Evaluate(Expr expr)
    {
        deadline.Check();
        return expr switch
        {
            NumberExpr n => n.Value,
            NegateExpr n => Evaluate(n.Operand) is { } v ? -v : null,
            BinaryExpr b => Binary(b),
            FunctionExpr f => Function(f),
            _ => null,
        };
    }

    private Fraction? Binary(BinaryExpr b)
    {
        if (Evaluate(b.Left) is not { } left || Evaluate(b.Right) is not { } right)
            return null;
        return b.Operator switch
        {
            BinaryOperator.Add => left + right,
            BinaryOperator.Subtract => left - right,
            BinaryOperator.Multiply => left * right,
            BinaryOperator.Divide => right.IsZero ? null : left / right,
            BinaryOperator.Power => Power(left, right),
            _ => null,
        };
    }

    private Fraction? Power(Fraction baseValue, Fraction exponent)
    {
        exponent = exponent.Reduce();
        if (exponent.Denominator > 64 || BigInteger.Abs(exponent.Numerator) > maxExponent)
            return null;
        var n = (int)exponent.Numerator;
        var root = (int)exponent.Denominator;
        if (baseValue.IsZero)
            return n > 0 ? Fraction.Zero : null;
        var reduced = baseValue.Reduce();
        var bits = (long)Math.Max(reduced.Numerator.GetBitLength(), reduced.Denominator.GetBitLength());
        if (bits * Math.Abs(n) / root > MaxResultBits)
            return null;
        if (root > 1)
        {
            if (ExactRoot(reduced, root) is not { } rooted)
                return null;
            reduced = rooted;
        }
        var powered = Fraction.Pow(reduced, Math.Abs(n));
        return n >= 0 ? powered : Fraction.One / powered;
    }

    private Fraction? Function(FunctionExpr f)
    {
        if (Evaluate(f.Argument) is not { } x)
            return null;
        switch (f.Function)
        {
            case MathFunction.Sqrt:
                return ExactRoot(x.Reduce(), 2);
            case MathFunction.Root:
                return f.Extra is not null && Evaluate(f.Extra) is { } k && k.Reduce().Denominator.IsOne && k > 0 && k <= 64
                    ? ExactRoot(x.Reduce(), (int)k.Reduce().Numerator) : null;
            case MathFunction.Abs:
                return x.Abs();
            case MathFunction.Factorial:
                return IsSmallNaturalNumber(x, 500) ? Factorial((int)x.Reduce().Numerator) : null;
            case MathFunction.Binomial:
                return f.Extra is not null && Evaluate(f.Extra) is { } kk ? Binomial(x, kk) : null;
            case MathFunction.Floor or MathFunction.Ceiling:
                var r = x.Reduce();
                var q = BigInteger.DivRem(r.Numerator, r.Denominator, out var rem);
                if (rem.IsZero) return new Fraction(q);
                var floor = r.Numerator.Sign < 0 ? q - 1 : q;
                return new Fraction(f.Function == MathFunction.Floor ? floor : floor + 1);
            default:
                return null;
        }
    }

    private static bool IsSmallNaturalNumber(Fraction x, int max)
    {
        var r = x.Reduce();
        return r.Denominator.IsOne && r.Numerator.Sign >= 0 && r.Numerator <= max;
    }

    private static Fraction Factorial(int n)
    {
        var product = BigInteger.One;
        for (var k = 2; k <= n; k++)
            product *= k;
        return new Fraction(product);
    }

    private static Fraction? Binomial(Fraction n, Fraction k)
    {
        if (!IsSmallNaturalNumber(n, 2000) || !IsSmallNaturalNumber(k, 2000))
            return null;
        int nn = (int)n.Reduce().Numerator, kk = (int)k.Reduce().Numerator;
        if (kk > nn)
            return Fraction.Zero;
        var result = BigInteger.One;
        for (var j = 1; j <= kk; j++)
            result = result * (nn - kk + j) / j;
        return new Fraction(result);
    }

    /// <summary>The exact k-th root of a reduced rational when numerator and denominator are perfect powers.</summary>
    private static Fraction? ExactRoot(Fraction x, int k)
    {
        var negative = x.Numerator.Sign < 0;
        if (negative && k % 2 == 0)
            return null;
        if (IntegerRoot(BigInteger.Abs(x.Numerator), k) is not { } num || IntegerRoot(x.Denominator, k) is not { } den)
            return null;
        return new Fraction(negative ? -num : num, den);
    }

    private static BigInteger? IntegerRoot(BigInteger value, int k)
    {
        if (value.IsZero || value.IsOne)
            return value;
        if (value.GetBitLength() / k > 50)
            return null; // beyond double precision for the initial guess; the numeric path decides
        var guess = new BigInteger(Math.Round(Math.Exp(BigInteger.Log(value) / k)));
        for (var delta = -1; delta <= 1; delta++)
        {
            var candidate = guess + delta;
            if (candidate.Sign > 0 && BigInteger.Pow(candidate, k) == value)
                return candidate;
        }
        return null;
    }
}
