using System.Numerics;

namespace Psr.Eval.Grading.Expressions;

/// <summary>
/// Evaluates an expression in complex double precision at one assignment of its variables. Undefined points
/// (÷0, log 0, and — when <paramref name="realOnly"/> — a non-real value from real inputs such as √-1) give NaN, so
/// the comparer skips them. Double precision suffices: answers are short expressions, the comparer's tolerance
/// (1e-9 relative) sits far above rounding noise, and exact rational values never reach this path.
/// </summary>
internal sealed class NumericEvaluator(IReadOnlyDictionary<string, double> variables, bool realOnly, Deadline deadline)
{
    private static readonly Complex Undefined = new(double.NaN, double.NaN);

    public Complex Evaluate(Expr expr)
    {
        deadline.Check();
        var value = expr switch
        {
            NumberExpr n => new Complex(n.Value.ToDouble(), 0),
            VariableExpr v => variables.TryGetValue(v.Name, out var x) ? new Complex(x, 0) : Undefined,
            ConstantExpr c => Constant(c.Constant),
            NegateExpr n => -Evaluate(n.Operand),
            BinaryExpr b => Binary(b.Operator, Evaluate(b.Left), Evaluate(b.Right)),
            FunctionExpr f => Function(f),
            _ => Undefined,
        };
        return Sanitize(value);
    }

    private Complex Sanitize(Complex value)
    {
        if (double.IsNaN(value.Real) || double.IsNaN(value.Imaginary))
            return Undefined;
        if (realOnly && Math.Abs(value.Imaginary) > 1e-12 * Math.Max(1, Math.Abs(value.Real)))
            return Undefined;
        return realOnly ? new Complex(value.Real, 0) : value;
    }

    private static Complex Constant(MathConstant c) => c switch
    {
        MathConstant.Pi => new Complex(Math.PI, 0),
        MathConstant.E => new Complex(Math.E, 0),
        MathConstant.ImaginaryUnit => Complex.ImaginaryOne,
        _ => new Complex(double.PositiveInfinity, 0),
    };

    private static Complex Binary(BinaryOperator op, Complex a, Complex b) => op switch
    {
        BinaryOperator.Add => a + b,
        BinaryOperator.Subtract => a - b,
        BinaryOperator.Multiply => a * b,
        BinaryOperator.Divide => b == Complex.Zero ? Undefined : a / b,
        _ => Power(a, b),
    };

    private static Complex Power(Complex a, Complex b)
    {
        if (b.Imaginary == 0 && Math.Abs(b.Real) <= 64 && b.Real == Math.Round(b.Real))
        {
            // Integer powers by multiplication: Complex.Pow(-2, 3) picks up imaginary noise.
            if (a == Complex.Zero && b.Real <= 0)
                return Undefined;
            var result = Complex.One;
            for (var k = 0; k < Math.Abs(b.Real); k++)
                result *= a;
            return b.Real >= 0 ? result : Complex.One / result;
        }
        if (a == Complex.Zero)
            return b.Real > 0 ? Complex.Zero : Undefined;
        return Complex.Pow(a, b);
    }

    private Complex Function(FunctionExpr f)
    {
        var x = Evaluate(f.Argument);
        return f.Function switch
        {
            MathFunction.Sqrt => Complex.Sqrt(x),
            MathFunction.Root => Root(x, f.Extra is null ? Undefined : Evaluate(f.Extra)),
            MathFunction.Abs => new Complex(Complex.Abs(x), 0),
            MathFunction.Floor => x.Imaginary == 0 ? new Complex(Math.Floor(x.Real), 0) : Undefined,
            MathFunction.Ceiling => x.Imaginary == 0 ? new Complex(Math.Ceiling(x.Real), 0) : Undefined,
            MathFunction.Factorial => Factorial(x),
            MathFunction.Binomial => Binomial(x, f.Extra is null ? Undefined : Evaluate(f.Extra)),
            MathFunction.Sin => Complex.Sin(x),
            MathFunction.Cos => Complex.Cos(x),
            MathFunction.Tan => Complex.Cos(x) == Complex.Zero ? Undefined : Complex.Tan(x),
            MathFunction.Sec => Reciprocal(Complex.Cos(x)),
            MathFunction.Csc => Reciprocal(Complex.Sin(x)),
            MathFunction.Cot => Complex.Sin(x) == Complex.Zero ? Undefined : Complex.Cos(x) / Complex.Sin(x),
            MathFunction.Arcsin => Complex.Asin(x),
            MathFunction.Arccos => Complex.Acos(x),
            MathFunction.Arctan => Complex.Atan(x),
            MathFunction.Sinh => Complex.Sinh(x),
            MathFunction.Cosh => Complex.Cosh(x),
            MathFunction.Tanh => Complex.Tanh(x),
            MathFunction.Ln => x == Complex.Zero ? Undefined : Complex.Log(x),
            MathFunction.Log => Log(x, f.Extra),
            MathFunction.Exp => Complex.Exp(x),
            _ => Undefined,
        };
    }

    private Complex Log(Complex x, Expr? baseExpr)
    {
        if (x == Complex.Zero)
            return Undefined;
        if (baseExpr is null)
            return Complex.Log(x); // \log without a base is the natural logarithm (as sympy reads it)
        var b = Evaluate(baseExpr);
        var lb = Complex.Log(b);
        return lb == Complex.Zero ? Undefined : Complex.Log(x) / lb;
    }

    private Complex Root(Complex x, Complex k)
    {
        if (k.Imaginary != 0 || k.Real == 0)
            return Undefined;
        // Real odd roots of negative reals are real (∛-8 = -2), not the principal complex root.
        if (realOnly && x.Imaginary == 0 && x.Real < 0 && k.Real == Math.Round(k.Real) && ((long)k.Real & 1) == 1)
            return new Complex(-Math.Pow(-x.Real, 1 / k.Real), 0);
        return Complex.Pow(x, 1 / k);
    }

    private static Complex Reciprocal(Complex x) => x == Complex.Zero ? Undefined : Complex.One / x;

    private static Complex Factorial(Complex x)
    {
        if (x.Imaginary != 0 || x.Real < 0 || x.Real > 170 || x.Real != Math.Round(x.Real))
            return Undefined;
        var product = 1.0;
        for (var k = 2; k <= (int)x.Real; k++)
            product *= k;
        return new Complex(product, 0);
    }

    private static Complex Binomial(Complex n, Complex k)
    {
        var nf = Factorial(n);
        var kf = Factorial(k);
        var rest = Factorial(n - k);
        return double.IsNaN(nf.Real) || double.IsNaN(kf.Real) || double.IsNaN(rest.Real) ? Undefined : nf / (kf * rest);
    }
}
