using System.Globalization;
using System.Text;
using ScottPlot;

namespace Psr.Reports;

/// <summary>The Init learning curve in the report: a plot and a table of the points, and the last fifth's gain.</summary>
public static class InitCurveSection
{
    /// <summary>An HTML section (empty when the run measured no curve).</summary>
    public static string Html(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.InitCurve is not { } c)
            return "";
        var plot = new Plot();
        var line = plot.Add.Scatter(c.Points.Select(p => (double)p.Step).ToArray(), c.Points.Select(p => 100 * p.Accuracy).ToArray());
        line.LegendText = "M1 dev accuracy";
        plot.Add.VerticalLine(c.EightyPercentStep);
        if (c.HoldFrom is { } hold)
            plot.Add.VerticalLine(hold, pattern: LinePattern.Dotted);
        plot.Title("Init learning curve: greedy dev accuracy (%) per SFT step");
        plot.XLabel("SFT step");
        plot.YLabel("accuracy (%)");
        plot.Axes.SetLimitsY(0, 100);
        var sb = new StringBuilder("<h2>Init learning curve</h2>\n<p id=\"init-last-fifth\">")
            .Append(CultureInfo.InvariantCulture, $"{Summary(c)}</p>\n<figure class=\"plot\" id=\"plot-init-curve\">")
            .Append(plot.GetSvgXml(640, 360))
            .Append("<figcaption>Greedy accuracy of the model being trained on world dev-split problems (never trained on); the vertical line marks 80 % of the steps")
            .Append(c.HoldFrom is null ? "" : ", the dotted one where the learning rate stopped decaying")
            .Append(".</figcaption></figure>\n")
            .Append("<table id=\"init-curve\"><tr><th>step</th><th>dev problems</th><th>correct</th><th>accuracy</th></tr>\n");
        foreach (var p in c.Points)
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{p.Step}</td><td>{p.Problems}</td><td>{p.Correct}</td><td>{100 * p.Accuracy:F1}%</td></tr>\n");
        return sb.Append("</table>\n").ToString();
    }

    /// <summary>One line: first and last accuracy and the last fifth's gain.</summary>
    public static string Summary(InitCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var first = curve.Points[0];
        var last = curve.Points[^1];
        var gain = curve.LastFifthGain is { } g ? string.Create(CultureInfo.InvariantCulture, $"{100 * g:+0.0;-0.0;0.0} points") : "not measured";
        if (curve.LastFifthInterval is { } ci)
            gain += string.Create(CultureInfo.InvariantCulture, $" (paired 95 % interval {100 * ci.Low:+0.0;-0.0;0.0}..{100 * ci.High:+0.0;-0.0;0.0})");
        var hold = curve.HoldFrom is { } h ? string.Create(CultureInfo.InvariantCulture, $" The learning rate decayed until step {h} and held its final value after it.") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"Init learning curve: dev accuracy {100 * first.Accuracy:F1}% at step {first.Step} → {100 * last.Accuracy:F1}% at step {last.Step} ({last.Problems} dev problems); last fifth of Init (steps {curve.EightyPercentStep}–{curve.Steps}) gained {gain}.{hold}");
    }
}
