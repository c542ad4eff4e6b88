using System.Globalization;
using System.Text;
using Psr.Pipeline.Stages;

namespace Psr.Reports;

/// <summary>The report's one-table Markdown summary, printed to the terminal at the end of <c>psr run</c> and <c>psr report</c>.</summary>
public static class ReportMarkdown
{
    /// <summary>One row per model, then the total wall time.</summary>
    public static string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"### {report.Method} · preset {report.Preset} · seed {report.Seed} · config {report.ConfigHash[..12]}");
        sb.AppendLine();
        sb.AppendLine("| model | greedy acc [95% CI] | judge acc | position bias | tie rate | pairs (oracle-clean) | TTS self / oracle | steps | step chars | DPO loss / margin (last) |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var m in report.Models)
            sb.AppendLine(Row(m));
        sb.AppendLine();
        if (JudgeKindTable.Markdown(report) is { Length: > 0 } kinds)
            sb.AppendLine(kinds);
        foreach (var m in report.Models)
            if (m.Pairs is { Dropped: not null } p)
                sb.AppendLine(CultureInfo.InvariantCulture, $"{m.Model} pairs dropped: {p.DroppedText}.");
        foreach (var m in report.Models)
            foreach (var b in m.Benchmarks ?? [])
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"{m.Model} on {b.Benchmark}: {Pct(b.Accuracy)} [{Pct(b.Interval.Low)}, {Pct(b.Interval.High)}] of {b.Items} items, truncated {Pct(b.TruncationRate)}, no answer {b.NoAnswer}");
        if (report.InitCurve is { } curve)
            sb.AppendLine(InitCurveSection.Summary(curve));
        foreach (var verdict in report.Safeguard ?? [])
            sb.AppendLine("Safeguard " + verdict.Describe());
        sb.AppendLine(CultureInfo.InvariantCulture, $"Total stage time: {report.Stages.Sum(s => s.Seconds):F1} s over {report.Stages.Count} stages.");
        if (report.Profile is { } profile)
            sb.AppendLine().Append(profile.Markdown());
        return sb.ToString();
    }

    private static string Row(ModelReport m)
    {
        var g = m.Greedy;
        var pairs = m.Pairs is not { } p ? "–" : p.Breakdown is { } b ? $"{p.Pairs} ({b.Clean})" : $"{p.Pairs}";
        var tts = m.TestTime is not { } t ? "–" : $"{Pct(t.SelfJudgeAccuracy)} / {Pct(t.OracleJudgeAccuracy)}";
        var dpo = m.Dpo is not { Loss.Count: > 0 } d ? "–" : F(d.Loss[^1]) + " / " + (d.RewardMargin.Count > 0 ? F(d.RewardMargin[^1]) : "–");
        return string.Create(CultureInfo.InvariantCulture,
            $"| {m.Model} | {Pct(g.Accuracy)} [{Pct(g.Interval.Low)}, {Pct(g.Interval.High)}] | {Pct(m.Judge?.Accuracy)} | {Pct(m.Judge?.PositionBiasRate)} | {Pct(m.Judge?.TieRate)} | {pairs} | {tts} | {F(m.Shape.MeanSteps)} | {F(m.Shape.MeanStepChars)} | {dpo} |");
    }

    private static string Pct(double? x) => RunSummary.Pct(x);

    private static string F(double x) => x.ToString("F2", CultureInfo.InvariantCulture);
}
