using System.Globalization;
using System.Text;

namespace Psr.Reports.Comparisons;

/// <summary>The comparison as one Markdown table (printed at the end of a multi-run <c>psr run</c>).</summary>
public static class ComparisonMarkdown
{
    /// <summary>One row per (method, model): mean ± sd [min, max] over the seeds.</summary>
    public static string Render(RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var sb = new StringBuilder();
        sb.AppendLine("| method | model | seeds | greedy acc mean ± sd [min, max] | judge acc | TTS self-judge | pairs | oracle-clean pairs |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in comparison.Rows)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Method} | {r.Model} | {string.Join(", ", r.Seeds)} | {Pct(r.GreedyAccuracy)} | {Pct(r.JudgeAccuracy)} | {Pct(r.TestTimeSelf)} | {Count(r.Pairs)} | {Pct(r.OracleAgreesWithChosen)} |");
        return sb.ToString();
    }

    /// <summary>A rate's mean ± sd [min, max] in percent, or a dash.</summary>
    public static string Pct(MeanSpread s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Runs == 0 ? "–"
            : string.Create(CultureInfo.InvariantCulture, $"{100 * s.Mean:F1}% ± {100 * s.StandardDeviation:F1} [{100 * s.Min:F1}, {100 * s.Max:F1}] (n={s.Runs})");
    }

    /// <summary>A count's mean ± sd [min, max], or a dash.</summary>
    public static string Count(MeanSpread s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Runs == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{s.Mean:F1} ± {s.StandardDeviation:F1} [{s.Min:F0}, {s.Max:F0}]");
    }
}
