using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Psr.Reports;

/// <summary>
/// The judge's accuracy per kind of EFT test pair as a table: one row per kind, one column per model; a cell reads
/// "accuracy over both orders of n calls (stored order / swapped order)".
/// </summary>
public static class JudgeKindTable
{
    /// <summary>The kinds in the order of the first model that measured them, then any others.</summary>
    private static List<string> Kinds(RunReport report) =>
        report.Models.SelectMany(m => m.JudgeByKind ?? []).Select(k => k.Kind).Distinct().ToList();

    /// <summary>An HTML section (empty when no model has per-kind records).</summary>
    public static string Html(RunReport report, HtmlEncoder h)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(h);
        var kinds = Kinds(report);
        if (kinds.Count == 0)
            return "";
        var sb = new StringBuilder("<h2>Judge accuracy per kind of pair (EFT test pairs, both orders)</h2>\n<table id=\"judge-kinds\"><tr><th>kind</th>");
        foreach (var m in report.Models)
            sb.Append(CultureInfo.InvariantCulture, $"<th>{h.Encode(m.Model)}</th>");
        sb.Append("</tr>\n");
        foreach (var kind in kinds)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{h.Encode(kind)}</td>");
            foreach (var m in report.Models)
                sb.Append(CultureInfo.InvariantCulture, $"<td>{Cell(m, kind)}</td>");
            sb.Append("</tr>\n");
        }
        sb.Append("</table>\n<p>Cell: accuracy over both orders of n calls (stored order / swapped order). A right-vs-wrong pair is named by its wrong step's corruption rule, or SampledWrong for a step the base model sampled.</p>\n");
        if (Drift(report) is { Length: > 0 } drift)
            sb.Append("<p id=\"judge-drift\">").Append(drift).Append("</p>\n"); // numbers and M-names only; the encoder would escape "−"
        return sb.ToString();
    }

    /// <summary>A Markdown table (empty when no model has per-kind records).</summary>
    public static string Markdown(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var kinds = Kinds(report);
        if (kinds.Count == 0)
            return "";
        var sb = new StringBuilder("| judge acc by kind (both orders; stored / swapped) | " + string.Join(" | ", report.Models.Select(m => m.Model)) + " |\n");
        sb.Append("|---|").Append(string.Concat(report.Models.Select(_ => "---|"))).Append('\n');
        foreach (var kind in kinds)
            sb.Append("| ").Append(kind).Append(" | ").Append(string.Join(" | ", report.Models.Select(m => Cell(m, kind)))).Append(" |\n");
        if (Drift(report) is { Length: > 0 } drift)
            sb.Append('\n').Append(drift).Append('\n');
        return sb.ToString();
    }

    /// <summary>The judge's change from the first model to the last with its paired interval, or empty.</summary>
    public static string Drift(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.JudgeDrift is not { } d || report.Models.Count < 2 ? ""
            : string.Create(CultureInfo.InvariantCulture,
                $"Judge {report.Models[^1].Model} − {report.Models[0].Model}: {100 * d.Difference:+0.0;−0.0;0.0} points, paired 95 % interval {100 * d.Interval.Low:+0.0;−0.0;0.0}..{100 * d.Interval.High:+0.0;−0.0;0.0} over the {d.Pairs} EFT test pairs.");
    }

    private static string Cell(ModelReport m, string kind) =>
        m.JudgeByKind?.FirstOrDefault(k => k.Kind == kind) is not { } k ? "–"
            : string.Create(CultureInfo.InvariantCulture, $"{Pct(k.Accuracy)} of {k.Calls} ({Pct(k.StoredOrderAccuracy)} / {Pct(k.SwappedOrderAccuracy)})");

    private static string Pct(double x) => (100 * x).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
