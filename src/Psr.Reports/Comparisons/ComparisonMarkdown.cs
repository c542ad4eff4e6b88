using System.Globalization;
using System.Text;

namespace Psr.Reports.Comparisons;

/// <summary>The comparison as one Markdown table (printed at the end of a multi-run <c>psr run</c>).</summary>
public static class ComparisonMarkdown
{
    /// <summary>One row per (method, model): mean ± sd [min, max] over the seeds; then each Init's last fifth, if measured.</summary>
    public static string Render(RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var sb = new StringBuilder();
        sb.AppendLine("| method | model | seeds | greedy acc mean ± sd [min, max] | judge acc | TTS self-judge | pairs | oracle-clean pairs |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in comparison.Rows)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Method} | {r.Model} | {string.Join(", ", r.Seeds)} | {Pct(r.GreedyAccuracy)} | {Pct(r.JudgeAccuracy)} | {Pct(r.TestTimeSelf)} | {Count(r.Pairs)} | {Pct(r.OracleAgreesWithChosen)} |");
        if (comparison.InitPlateau.Count == 0)
            return sb.ToString();
        sb.AppendLine().AppendLine("| Init of seed | methods | dev problems | last fifth (steps) | dev accuracy | gain (paired 95 %) |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var p in comparison.InitPlateau)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {p.Seed} | {string.Join(", ", p.Methods)} | {p.Problems} | {Fifth(p)} | {100 * p.AtEighty:F1}% → {100 * p.AtLast:F1}% | {Gain(p)} |");
        return sb.ToString();
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
        var gain = string.Create(CultureInfo.InvariantCulture, $"{100 * row.Gain:+0.0;−0.0;0.0}");
        return row.Interval is { } ci
            ? gain + string.Create(CultureInfo.InvariantCulture, $" ({100 * ci.Low:+0.0;−0.0;0.0}..{100 * ci.High:+0.0;−0.0;0.0})")
            : gain;
    }

    /// <summary>A count's mean ± sd [min, max], or a dash.</summary>
    public static string Count(MeanSpread s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Runs == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{s.Mean:F1} ± {s.StandardDeviation:F1} [{s.Min:F0}, {s.Max:F0}]");
    }
}
