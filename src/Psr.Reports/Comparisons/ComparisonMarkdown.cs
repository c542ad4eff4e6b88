using System.Globalization;
using System.Text;
using Psr.Eval.Metrics;

namespace Psr.Reports.Comparisons;

/// <summary>The comparison as one Markdown table (printed at the end of a multi-run <c>psr run</c>).</summary>
public static class ComparisonMarkdown
{
    /// <summary>
    /// One row per (method, model): mean ± sd [min, max] over the seeds; then each Init's last fifth and each run's judge
    /// drift, where measured.
    /// </summary>
    public static string Render(RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var sb = new StringBuilder();
        sb.AppendLine("| method | model | seeds | greedy acc mean ± sd [min, max] | judge acc | TTS self-judge | pairs | oracle-clean pairs |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in comparison.Rows)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Method} | {r.Model} | {string.Join(", ", r.Seeds)} | {Pct(r.GreedyAccuracy)} | {Pct(r.JudgeAccuracy)} | {Pct(r.TestTimeSelf)} | {Count(r.Pairs)} | {Pct(r.OracleAgreesWithChosen)} |");
        if (comparison.InitPlateau.Count > 0)
        {
            sb.AppendLine().AppendLine("| Init of seed | methods | dev problems | last fifth (steps) | dev accuracy | gain (paired 95 %) |");
            sb.AppendLine("|---|---|---|---|---|---|");
            foreach (var p in comparison.InitPlateau)
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {p.Seed} | {string.Join(", ", p.Methods)} | {p.Problems} | {Fifth(p)} | {100 * p.AtEighty:F1}% → {100 * p.AtLast:F1}% | {Gain(p)} |");
        }
        if (comparison.JudgeDrift.Count > 0)
        {
            sb.AppendLine().AppendLine("| judge of method | seed | EFT test pairs | judge accuracy | change (paired 95 %) |");
            sb.AppendLine("|---|---|---|---|---|");
            foreach (var j in comparison.JudgeDrift)
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {j.Method} | {j.Seed} | {j.Drift.Pairs} | {j.From} {100 * j.AtFrom:F1}% → {j.To} {100 * j.AtTo:F1}% | {Change(j)} |");
        }
        return sb.ToString();
    }

    /// <summary>The judge's change in points with its paired interval (<c>−2.5 (−4.5..−0.5)</c>).</summary>
    public static string Change(JudgeDriftRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return PointsWithInterval(row.Drift.Difference, row.Drift.Interval);
    }

    /// <summary>A rate's mean ± sd [min, max] in percent, or a dash.</summary>
    public static string Pct(MeanSpread s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Runs == 0 ? "–"
            : string.Create(CultureInfo.InvariantCulture, $"{100 * s.Mean:F1}% ± {100 * s.StandardDeviation:F1} [{100 * s.Min:F1}, {100 * s.Max:F1}] (n={s.Runs})");
    }

    /// <summary>The last fifth's steps, and where the learning rate held (<c>1200–1500, rate held from 1200</c>).</summary>
    public static string Fifth(InitPlateauRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return string.Create(CultureInfo.InvariantCulture, $"{row.EightyPercentStep}–{row.Steps}")
            + (row.HoldFrom is { } h ? string.Create(CultureInfo.InvariantCulture, $", rate held from {h}") : "");
    }

    /// <summary>The last fifth's gain in points with its paired interval (<c>−0.3 (−2.1..+1.6)</c>).</summary>
    public static string Gain(InitPlateauRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return PointsWithInterval(row.Gain, row.Interval);
    }

    /// <summary>A difference of fractions in signed points with its interval, if any (<c>−2.5 (−4.5..−0.6)</c>).</summary>
    public static string PointsWithInterval(double difference, ConfidenceInterval? interval)
    {
        var points = string.Create(CultureInfo.InvariantCulture, $"{100 * difference:+0.0;−0.0;0.0}");
        return interval is { } ci
            ? points + string.Create(CultureInfo.InvariantCulture, $" ({100 * ci.Low:+0.0;−0.0;0.0}..{100 * ci.High:+0.0;−0.0;0.0})")
            : points;
    }

    /// <summary>A count's mean ± sd [min, max], or a dash.</summary>
    public static string Count(MeanSpread s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Runs == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{s.Mean:F1} ± {s.StandardDeviation:F1} [{s.Min:F0}, {s.Max:F0}]");
    }
}
