using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Psr.Pipeline.Profiling;

namespace Psr.Reports;

/// <summary>The report's Profile section: per stage, its seconds, the work its hot loops did and their rates.</summary>
public static class ProfileHtml
{
    /// <summary>The section (heading, peak line, table) for <paramref name="profile"/>; empty without one.</summary>
    public static string Render(RunProfile? profile, HtmlEncoder h)
    {
        ArgumentNullException.ThrowIfNull(h);
        if (profile is null)
            return "";
        var sb = new StringBuilder("<h2>Profile</h2>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<p id=\"profile-peak\">{h.Encode(profile.PeakLine())}</p>\n");
        sb.Append("<table id=\"profile\"><tr><th>stage</th><th>seconds</th><th>in loops</th><th>trained tokens</th><th>train tok/s</th><th>MFU</th>")
          .Append("<th>sampled tokens</th><th>sample tok/s</th><th>batch fill</th><th>judge calls</th><th>calls/s</th><th>questions</th><th>questions/s</th></tr>\n");
        foreach (var s in profile.Stages)
        {
            var w = s.Work;
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{h.Encode(s.Stage)}</td><td>{s.Seconds:F1}</td><td>{Pct(s.HotLoopShare)}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{Count(w.TrainTokens)}</td><td>{Num(s.TrainTokensPerSecond, "F0")}</td><td>{Pct(s.Mfu)}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{Count(w.SampledTokens)}</td><td>{Num(s.SampledTokensPerSecond, "F0")}</td><td>{Pct(s.BatchFill)}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{Count(w.JudgeCalls)}</td><td>{Num(s.JudgeCallsPerSecond, "F1")}</td><td>{Count(s.Questions ?? 0)}</td><td>{Num(s.QuestionsPerSecond, "F2")}</td></tr>\n");
        }
        return sb.Append("</table>\n").ToString();
    }

    private static string Count(long n) => n > 0 ? n.ToString("N0", CultureInfo.InvariantCulture) : "–";

    private static string Num(double? x, string format) => x?.ToString(format, CultureInfo.InvariantCulture) ?? "–";

    private static string Pct(double? x) => Pipeline.Stages.RunSummary.Pct(x);
}
