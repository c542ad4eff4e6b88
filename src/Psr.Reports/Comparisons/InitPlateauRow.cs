using Psr.Eval.Metrics;

namespace Psr.Reports.Comparisons;

/// <summary>
/// One Init's last fifth in a comparison: M1's dev accuracy at 80 % of the Init steps and at the last step, per seed.
/// A gain near zero says that M1 is at its plateau for more of the same training, so a round's gain over M1 is not
/// unfinished SFT (docs/world.md §9, attempts 30–31).
/// </summary>
/// <param name="Methods">The methods whose runs share this Init (a control copies its seed's M1).</param>
/// <param name="Seed">The run seed.</param>
/// <param name="Steps">Init's last step.</param>
/// <param name="EightyPercentStep">The step where the last fifth starts.</param>
/// <param name="HoldFrom">The step from which the learning rate held its final value (<c>sft.decaySteps</c>), or null.</param>
/// <param name="Problems">Dev problems at the last step.</param>
/// <param name="AtEighty">Dev accuracy at <paramref name="EightyPercentStep"/>.</param>
/// <param name="AtLast">Dev accuracy at <paramref name="Steps"/>.</param>
/// <param name="Interval">The paired 95 % bootstrap interval of the gain over the dev problems, or null.</param>
public sealed record InitPlateauRow(IReadOnlyList<ReportMethod> Methods, long Seed, int Steps, int EightyPercentStep, int? HoldFrom,
    int Problems, double AtEighty, double AtLast, ConfidenceInterval? Interval)
{
    /// <summary>The last fifth's gain (accuracy, not points).</summary>
    public double Gain => AtLast - AtEighty;

    /// <summary>
    /// One row per distinct Init among <paramref name="reports"/> that measured both ends of its last fifth, in first-seen
    /// order; runs whose curves match point for point and problem for problem (a copied M1) share a row.
    /// </summary>
    public static IReadOnlyList<InitPlateauRow> Of(IReadOnlyList<RunReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return reports
            .Where(r => r.InitCurve?.LastFifthGain is not null)
            .GroupBy(r => (r.Seed, Curve: Signature(r.InitCurve!)))
            .Select(g =>
            {
                var c = g.First().InitCurve!;
                var last = c.Points[^1];
                var eighty = c.EightyPercentPoint()!; // present: the filter above kept only curves with a last-fifth gain
                return new InitPlateauRow(g.Select(r => r.Method).Distinct().ToList(), g.Key.Seed, c.Steps, c.EightyPercentStep,
                    c.HoldFrom, last.Problems, eighty.Accuracy, last.Accuracy, c.LastFifthInterval);
            })
            .ToList();
    }

    private static string Signature(InitCurve curve) =>
        string.Join(';', curve.Points.Select(p => $"{p.Step}:{p.Problems}:{p.Correct}:{p.Solved}"));
}
