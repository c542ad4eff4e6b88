using System.Numerics;

namespace Psr.Eval.Grading.Expressions;

/// <summary>
/// Evaluates two expressions at seeded random points and asks a predicate about each pair of values. Points where
/// either side is undefined are skipped (soundness about domains); a verdict needs
/// <see cref="GradeOptions.SamplePoints"/> defined points, else it is "not shown equal".
/// </summary>
internal sealed class PointSampler(GradeOptions options, Deadline deadline)
{
    private const int AttemptsPerPoint = 6;

    /// <summary>
    /// True when <paramref name="agree"/> holds at enough defined points. <paramref name="agree"/> returns null to skip
    /// a point that says nothing (e.g. both sides zero in a ratio test).
    /// </summary>
    public bool AllAgree(Expr a, Expr b, IReadOnlyCollection<string> variables, bool realOnly, Func<Complex, Complex, bool?> agree)
    {
        var random = new Random(options.Seed);
        var names = variables.Order(StringComparer.Ordinal).ToArray();
        var values = new Dictionary<string, double>(names.Length, StringComparer.Ordinal);
        var defined = 0;
        var needed = names.Length == 0 ? 1 : options.SamplePoints;
        for (var attempt = 0; attempt < needed * AttemptsPerPoint && defined < needed; attempt++)
        {
            // Widen the range on later attempts so narrow domains (\sqrt{x-10}) are still reached.
            var scale = attempt < needed * 2 ? 3.0 : 30.0;
            foreach (var name in names)
                values[name] = (random.NextDouble() * 2 - 1) * scale;
            var evaluator = new NumericEvaluator(values, realOnly, deadline);
            var x = evaluator.Evaluate(a);
            var y = evaluator.Evaluate(b);
            if (!IsDefined(x) || !IsDefined(y))
                continue;
            switch (agree(x, y))
            {
                case false:
                    return false;
                case true:
                    defined++;
                    break;
            }
        }
        return defined >= needed;
    }

    /// <summary>Equal within 1e-9 relative (or 1e-12 absolute, for values that cancel to zero); equal infinities.</summary>
    public static bool Close(Complex x, Complex y)
    {
        if (double.IsInfinity(x.Real) || double.IsInfinity(y.Real))
            return x.Real == y.Real && x.Imaginary == y.Imaginary;
        var diff = Complex.Abs(x - y);
        return diff <= 1e-9 * Math.Max(Complex.Abs(x), Complex.Abs(y)) || diff <= 1e-12;
    }

    private static bool IsDefined(Complex z) =>
        !double.IsNaN(z.Real) && !double.IsNaN(z.Imaginary) && !double.IsInfinity(z.Imaginary);
}
