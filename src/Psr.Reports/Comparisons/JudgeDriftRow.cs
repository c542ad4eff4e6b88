using Psr.Pipeline.Stages;

namespace Psr.Reports.Comparisons;

/// <summary>
/// One run's judge in a comparison: its accuracy on the EFT test pairs at the first and the last model, and the change
/// with its paired interval. Issue 12 asks that the judge fall at most 2 points by M4 on every seed; the interval tells a
/// real fall from the pairs' noise.
/// </summary>
/// <param name="Method">The run's method.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="From">The first model (M1).</param>
/// <param name="To">The last model.</param>
/// <param name="AtFrom">Judge accuracy at <paramref name="From"/>, both orders.</param>
/// <param name="AtTo">Judge accuracy at <paramref name="To"/>, both orders.</param>
/// <param name="Drift">The change and its interval.</param>
public sealed record JudgeDriftRow(ReportMethod Method, long Seed, string From, string To, double AtFrom, double AtTo, JudgeDrift Drift)
{
    /// <summary>One row per run of <paramref name="reports"/> that measured its judge at two models or more, in order.</summary>
    public static IReadOnlyList<JudgeDriftRow> Of(IReadOnlyList<RunReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return reports
            .Where(r => r.JudgeDrift is not null && r.Models.Count > 1 && r.Models[0].Judge is not null && r.Models[^1].Judge is not null)
            .Select(r => new JudgeDriftRow(r.Method, r.Seed, r.Models[0].Model, r.Models[^1].Model, r.Models[0].Judge!.Accuracy,
                r.Models[^1].Judge!.Accuracy, r.JudgeDrift!))
            .ToList();
    }
}
