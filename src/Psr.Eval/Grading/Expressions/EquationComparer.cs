using System.Numerics;

namespace Psr.Eval.Grading.Expressions;

/// <summary>
/// Compares two equations through <c>lhs - rhs</c> of each, under <see cref="EquationPolicy"/>: the default accepts
/// any nonzero constant multiple (the same solution set: <c>y = 2x + 3</c> = <c>2x - y + 3 = 0</c>).
/// </summary>
internal sealed class EquationComparer(GradeOptions options, Deadline deadline)
{
    private readonly PointSampler _sampler = new(options, deadline);

    public bool Equivalent(ParsedExpression predLeft, ParsedExpression predRight, ParsedExpression refLeft, ParsedExpression refRight)
    {
        var variables = new[] { predLeft, predRight, refLeft, refRight }.SelectMany(e => e.Variables).Distinct().ToArray();
        var realOnly = !new[] { predLeft, predRight, refLeft, refRight }.Any(e => e.HasImaginaryUnit);
        if (options.Equations == EquationPolicy.SameSides)
            return _sampler.AllAgree(predLeft.Root, refLeft.Root, variables, realOnly, (x, y) => PointSampler.Close(x, y))
                && _sampler.AllAgree(predRight.Root, refRight.Root, variables, realOnly, (x, y) => PointSampler.Close(x, y));
        var p = new BinaryExpr(BinaryOperator.Subtract, predLeft.Root, predRight.Root);
        var r = new BinaryExpr(BinaryOperator.Subtract, refLeft.Root, refRight.Root);
        Complex? ratio = null;
        return _sampler.AllAgree(p, r, variables, realOnly, (x, y) =>
        {
            var xZero = Complex.Abs(x) <= 1e-12;
            var yZero = Complex.Abs(y) <= 1e-12;
            if (xZero && yZero)
                return null; // a common root says nothing about the ratio
            if (xZero || yZero)
                return false;
            var q = x / y;
            ratio ??= q;
            return PointSampler.Close(q, ratio.Value) && AllowedRatio(ratio.Value);
        });
    }

    private bool AllowedRatio(Complex ratio) => options.Equations switch
    {
        EquationPolicy.SameOrNegated => PointSampler.Close(ratio, Complex.One) || PointSampler.Close(ratio, -Complex.One),
        _ => true,
    };
}
