using System.Numerics;
using Fractions;

namespace Psr.Eval.Grading.Expressions;

/// <summary>
/// Decides whether two parsed expressions denote the same value: exact rational comparison when both are rational
/// constants (<c>numeric</c>); otherwise agreement at sample points (<c>symbolic</c>). A decimal compared with an
/// irrational constant is a rounded value and is not equal unless a tolerance option allows it (§6).
/// </summary>
internal sealed class ExpressionComparer(GradeOptions options, Deadline deadline)
{
    private readonly PointSampler _sampler = new(options, deadline);

    public GradeResult Compare(ParsedExpression prediction, ParsedExpression reference)
    {
        if (prediction.Variables.Count == 0 && reference.Variables.Count == 0)
            return CompareConstants(prediction, reference);
        var variables = prediction.Variables.Union(reference.Variables).ToArray();
        var realOnly = !prediction.HasImaginaryUnit && !reference.HasImaginaryUnit;
        return _sampler.AllAgree(prediction.Root, reference.Root, variables, realOnly, (x, y) => PointSampler.Close(x, y))
            ? GradeResult.Yes(GradeReason.Symbolic)
            : GradeResult.No(GradeReason.Mismatch);
    }

    /// <summary>The exact rational value of a constant expression, or null.</summary>
    public Fraction? ExactValue(ParsedExpression e) =>
        e.Variables.Count == 0 ? new ExactEvaluator(options.MaxExactExponent, deadline).Evaluate(e.Root) : null;

    private GradeResult CompareConstants(ParsedExpression prediction, ParsedExpression reference)
    {
        var p = ExactValue(prediction);
        var r = ExactValue(reference);
        if (p is { } pv && r is { } rv)
            return ScaledCandidates(rv).Any(c => RationalsEqual(pv, c))
                ? GradeResult.Yes(GradeReason.Numeric)
                : GradeResult.No(GradeReason.Mismatch);
        var realOnly = !prediction.HasImaginaryUnit && !reference.HasImaginaryUnit;
        var roundedDecimal = (p is not null && prediction.HasDecimal && r is null) || (r is not null && reference.HasDecimal && p is null);
        var tolerant = options.RelativeTolerance > 0 || options.AbsoluteTolerance > 0;
        if (roundedDecimal && !tolerant)
            return GradeResult.No(GradeReason.Mismatch);
        var equal = _sampler.AllAgree(prediction.Root, reference.Root, [], realOnly,
            (x, y) => PointSampler.Close(x, y) || (tolerant && WithinTolerance(x, y)));
        return equal ? GradeResult.Yes(GradeReason.Symbolic) : GradeResult.No(GradeReason.Mismatch);
    }

    private IEnumerable<Fraction> ScaledCandidates(Fraction reference)
    {
        yield return reference;
        if (options.Percent != PercentPolicy.AcceptScaledBy100)
            yield break;
        yield return reference * 100;
        yield return reference / 100;
    }

    private bool RationalsEqual(Fraction p, Fraction r)
    {
        if (p.Equals(r))
            return true;
        if (options.RelativeTolerance == 0 && options.AbsoluteTolerance == 0)
            return false;
        return WithinTolerance(new Complex(p.ToDouble(), 0), new Complex(r.ToDouble(), 0));
    }

    private bool WithinTolerance(Complex p, Complex r)
    {
        var diff = Complex.Abs(p - r);
        return diff <= options.AbsoluteTolerance || diff <= options.RelativeTolerance * Complex.Abs(r);
    }
}
