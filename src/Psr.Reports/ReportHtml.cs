using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Psr.Reports.Viewer;

namespace Psr.Reports;

/// <summary>
/// Renders the self-contained <c>report.html</c>: tables, ScottPlot SVG plots and the step-tree viewer, with CSS, script
/// and trace data inline (no network). Hand-built with an HTML encoder: the page is one fixed layout, and a template
/// engine would add a dependency for a few dozen lines.
/// </summary>
public static class ReportHtml
{
    // Default encoder escapes <, > and & as \u003C…: the trace JSON cannot close its <script> block.
    private static readonly JsonSerializerOptions EmbedJson = CreateEmbedJson();

    /// <summary>The page for <paramref name="report"/> with <paramref name="traces"/> in the viewer.</summary>
    public static string Render(RunReport report, IReadOnlyList<ViewerQuestion> traces)
    {
        ArgumentNullException.ThrowIfNull(report);
        var h = HtmlEncoder.Default;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>psr report</title><style>")
          .Append(Asset("report.css")).Append("</style></head><body>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<h1>psr report · {h.Encode(report.Method.ToString())}</h1><p>Run <code>{h.Encode(report.RunDirectory)}</code>, preset {h.Encode(report.Preset)}, seed {report.Seed}, configuration {h.Encode(report.ConfigHash[..12])}.</p>\n");
        sb.Append(Settings(report.Settings, h));
        sb.Append("<h2>Models</h2>\n").Append(ModelTable(report, h));
        sb.Append(JudgeKindTable.Html(report, h));
        sb.Append("<h2>Plots</h2>\n<div class=\"plots\">")
          .Append(Figure("plot-accuracy", ReportPlots.Accuracy(report), "Greedy accuracy per model; whiskers: 95% bootstrap interval."))
          .Append(Figure("plot-dpo-loss", ReportPlots.DpoLoss(report), "Step-DPO loss per optimizer step."))
          .Append(Figure("plot-dpo-margin", ReportPlots.DpoMargin(report), "Step-DPO reward margin per optimizer step."))
          .Append(Figure("plot-dpo-logprobs", ReportPlots.DpoLogProbs(report), "Per-token log-prob of the chosen and rejected steps under the policy, per optimizer step."))
          .Append(Figure("plot-pairs", ReportPlots.PairsBreakdown(report), "Pairs per round by the oracle's category."))
          .Append("</div>\n");
        sb.Append(InitCurveSection.Html(report));
        sb.Append(SafeguardTable.Html(report, h));
        sb.Append("<h2>Wall time per stage</h2>\n").Append(StageTable(report, h));
        sb.Append(ProfileHtml.Render(report.Profile, h));
        sb.Append("<h2>Step-tree viewer (<span id=\"question-count\">0</span> questions)</h2>\n")
          .Append("<div id=\"viewer\"><ul id=\"question-list\"></ul><div><div id=\"question-detail\"><p>Pick a question.</p></div><div id=\"verdicts\"></div></div></div>\n");
        sb.Append("<script type=\"application/json\" id=\"psr-traces\">").Append(JsonSerializer.Serialize(traces, EmbedJson)).Append("</script>\n");
        sb.Append("<script>").Append(Asset("viewer.js")).Append("</script>\n</body></html>\n");
        return sb.ToString();
    }

    private static string ModelTable(RunReport report, HtmlEncoder h)
    {
        var sb = new StringBuilder("<table id=\"models\"><tr><th>model</th><th>greedy acc [95% CI]</th><th>judge acc</th><th>position bias</th><th>tie rate</th><th>pairs</th><th>oracle-clean pairs</th><th>dropped</th><th>rollbacks</th><th>TTS greedy / self / oracle</th><th>steps</th><th>step chars</th><th>DPO loss / margin (last)</th></tr>\n");
        foreach (var m in report.Models)
        {
            var g = m.Greedy;
            var t = m.TestTime;
            var last = m.Dpo is { Loss.Count: > 0 } d ? $"{F(d.Loss[^1])} / {(d.RewardMargin.Count > 0 ? F(d.RewardMargin[^1]) : "–")}" : "–";
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{h.Encode(m.Model)}</td><td>{P(g.Accuracy)} [{P(g.Interval.Low)}, {P(g.Interval.High)}] (n={g.Problems})</td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{P(m.Judge?.Accuracy)}</td><td>{P(m.Judge?.PositionBiasRate)}</td><td>{P(m.Judge?.TieRate)}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{m.Pairs?.Pairs.ToString(CultureInfo.InvariantCulture) ?? "–"}</td><td>{m.Pairs?.Breakdown?.Clean.ToString(CultureInfo.InvariantCulture) ?? "–"}</td><td>{h.Encode(m.Pairs?.DroppedText ?? "–")}</td><td>{m.Pairs?.Rollbacks.ToString(CultureInfo.InvariantCulture) ?? "–"}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{(t is null ? "–" : $"{P(t.GreedyAccuracy)} / {P(t.SelfJudgeAccuracy)} / {P(t.OracleJudgeAccuracy)}")}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{F(m.Shape.MeanSteps)}</td><td>{F(m.Shape.MeanStepChars)}</td><td>{last}</td></tr>\n");
        }
        return sb.Append("</table>\n").ToString();
    }

    private static string Settings(AblationSettings s, HtmlEncoder h) =>
        string.Create(CultureInfo.InvariantCulture, $"<table id=\"settings\"><tr><th>width</th><th>judge orders</th><th>all-tie (rollback)</th><th>min score margin</th><th>self-judged filter (unanimous labels)</th><th>DPO β</th><th>questions per round</th><th>schedule</th><th>judge-call budget</th><th>outcome N / judge samples / margin</th></tr><tr><td>{s.Width}</td><td>{s.JudgeOrders}</td><td>{s.AllTie}</td><td>{s.MinScoreMargin}</td><td>{s.SelfJudgedFilter} ({s.UnanimousLabels})</td><td>{s.DpoBeta}</td><td>{h.Encode(string.Join(", ", s.QuestionsPerRound))}</td><td>{s.Schedule}</td><td>{s.JudgeCallBudget}</td><td>{s.OutcomeCandidates} / {s.OutcomeJudgeSamples} / {s.OutcomeMinScoreMargin}</td></tr></table>\n");

    private static string StageTable(RunReport report, HtmlEncoder h)
    {
        var sb = new StringBuilder("<table id=\"stages\"><tr><th>stage</th><th>status</th><th>seconds</th><th>attempts</th></tr>\n");
        foreach (var s in report.Stages)
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{h.Encode(s.Stage)}</td><td>{s.Status}</td><td>{F(s.Seconds)}</td><td>{s.Attempts}</td></tr>\n");
        return sb.Append("</table>\n").ToString();
    }

    private static string Figure(string id, string svg, string caption) =>
        $"<figure class=\"plot\" id=\"{id}\">{svg}<figcaption>{HtmlEncoder.Default.Encode(caption)}</figcaption></figure>";

    private static string P(double? x) => Pipeline.Stages.RunSummary.Pct(x);

    private static string F(double x) => x.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>An embedded asset (CSS, script) by file name.</summary>
    internal static string Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Psr.Reports.Assets." + name)
            ?? throw new InvalidOperationException($"embedded asset {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static JsonSerializerOptions CreateEmbedJson()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.Default };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
