using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Studies.Safeguard;

namespace Psr.Reports;

/// <summary>The optional safeguard's verdicts in the report: one row per checked round.</summary>
public static class SafeguardTable
{
    /// <summary>The verdicts of the rounds whose safeguard stage finished, in round order.</summary>
    public static IReadOnlyList<SafeguardVerdict> Verdicts(RunDirectory run, RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Enumerable.Range(0, config.Rounds.Count).Select(i => SafeguardStage.Read(run, i)).OfType<SafeguardVerdict>().ToList();
    }

    /// <summary>An HTML section (empty when the safeguard is off).</summary>
    public static string Html(RunReport report, HtmlEncoder h)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(h);
        if (report.Safeguard is not { } verdicts)
            return "";
        var sb = new StringBuilder("<h2>Safeguard (held-out dev signal)</h2>\n<table id=\"safeguard\"><tr><th>round</th><th>signal</th><th>dev items</th><th>start</th><th>trained</th><th>drop</th><th>limit</th><th>action</th><th>decision</th><th>next round starts from</th></tr>\n");
        foreach (var v in verdicts)
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{h.Encode(v.Round)}</td><td>{v.Signal}</td><td>{v.DevItems}</td><td>{Pct(v.StartValue)}</td><td>{Pct(v.TrainedValue)}</td><td>{100 * v.Drop:+0.0;-0.0;0.0}</td><td>{100 * v.MaxDrop:F1}</td><td>{v.Action}</td><td>{v.Decision}</td><td><code>{h.Encode(v.NextModel)}</code></td></tr>\n");
        return sb.Append("</table>\n").ToString();
    }

    private static string Pct(double x) => (100 * x).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
