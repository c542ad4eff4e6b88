using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using ScottPlot;

namespace Psr.Reports.Comparisons;

/// <summary>Renders <c>comparison.html</c>: a table of mean ± standard deviation and a plot of greedy accuracy per model and method.</summary>
public static class ComparisonHtml
{
    /// <summary>The page, self-contained (inline CSS and SVG).</summary>
    public static string Render(RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var h = HtmlEncoder.Default;
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>psr comparison</title><style>");
        sb.Append(ReportHtml.Asset("report.css")).Append("</style></head><body>\n<h1>psr comparison</h1>\n<p>Runs:</p><ul>");
        foreach (var run in comparison.Runs)
            sb.Append(CultureInfo.InvariantCulture, $"<li><code>{h.Encode(run)}</code></li>");
        sb.Append("</ul>\n<table id=\"comparison\"><tr><th>method</th><th>model</th><th>seeds</th><th>greedy acc mean ± sd [min, max]</th><th>judge acc</th><th>TTS self-judge</th><th>pairs</th></tr>\n");
        foreach (var r in comparison.Rows)
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{r.Method}</td><td>{h.Encode(r.Model)}</td><td>{h.Encode(string.Join(", ", r.Seeds))}</td><td>{Pct(r.GreedyAccuracy)}</td><td>{Pct(r.JudgeAccuracy)}</td><td>{Pct(r.TestTimeSelf)}</td><td>{Count(r.Pairs)}</td></tr>\n");
        sb.Append("</table>\n<figure class=\"plot\" id=\"plot-comparison\">").Append(Plot(comparison))
          .Append("<figcaption>Greedy accuracy per model: mean over runs, whiskers ± one standard deviation.</figcaption></figure>\n</body></html>\n");
        return sb.ToString();
    }

    private static string Plot(RunComparison comparison)
    {
        var plot = new Plot();
        var models = comparison.Rows.Select(r => r.Model).Distinct().ToList();
        var methods = comparison.Rows.GroupBy(r => r.Method).ToList();
        for (var k = 0; k < methods.Count; k++)
        {
            var rows = methods[k].ToList();
            var xs = rows.Select(r => models.IndexOf(r.Model) + 0.1 * k).ToArray();
            var line = plot.Add.Scatter(xs, rows.Select(r => 100 * r.GreedyAccuracy.Mean).ToArray());
            line.LegendText = methods[k].Key.ToString();
            var bars = plot.Add.ErrorBar(xs, rows.Select(r => 100 * r.GreedyAccuracy.Mean).ToArray(), rows.Select(r => 100 * r.GreedyAccuracy.StandardDeviation).ToArray());
            bars.Color = line.Color;
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(models.Select((_, i) => (double)i).ToArray(), models.ToArray());
        plot.Title("Greedy accuracy (%), mean ± sd over runs");
        plot.Axes.SetLimitsY(0, 100);
        plot.ShowLegend();
        return plot.GetSvgXml(640, 360);
    }

    private static string Pct(MeanSpread s) => s.Runs == 0 ? "–"
        : string.Create(CultureInfo.InvariantCulture, $"{100 * s.Mean:F1}% ± {100 * s.StandardDeviation:F1} [{100 * s.Min:F1}, {100 * s.Max:F1}] (n={s.Runs})");

    private static string Count(MeanSpread s) => s.Runs == 0 ? "–"
        : string.Create(CultureInfo.InvariantCulture, $"{s.Mean:F1} ± {s.StandardDeviation:F1}");
}
