using System.Globalization;
using System.Text;
using System.Text.Json;
using Psr.Core.Diagnostics;
using Psr.Core.Errors;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Profiling;

/// <summary>
/// A run's profile, recomputed from its files alone: every stage manifest (seconds, work, counts) and <c>peak.json</c>.
/// Rendered in <c>summary.md</c>, the report and <c>psr-bench profile</c>.
/// </summary>
/// <param name="Peak">The matmul peak measured at start-up, or null.</param>
/// <param name="Stages">One row per stage folder, in order.</param>
public sealed record RunProfile(RunPeak? Peak, IReadOnlyList<StageProfile> Stages)
{
    /// <summary>Marks the start of the profile in Markdown, so tools can find (or blank) it.</summary>
    public const string MarkdownStart = "<!-- profile -->";

    /// <summary>Marks its end.</summary>
    public const string MarkdownEnd = "<!-- /profile -->";

    /// <summary>Reads the manifests under <c>stages/</c> and the peak of the run at <paramref name="runRoot"/>.</summary>
    public static RunProfile Build(string runRoot)
    {
        var peak = RunPeak.Read(runRoot);
        var stages = RunLayout.StagesDirectory(runRoot);
        var rows = !Directory.Exists(stages) ? [] : Directory.GetDirectories(stages).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "manifest.json")))
            .Select(d => Row(Path.GetFileName(d), ReadManifest(Path.Combine(d, "manifest.json")), peak))
            .ToList();
        return new RunProfile(peak, rows);
    }

    /// <summary>Total stage seconds.</summary>
    public double TotalSeconds => Stages.Sum(s => s.Seconds);

    /// <summary>The profile as a Markdown section between <see cref="MarkdownStart"/> and <see cref="MarkdownEnd"/>.</summary>
    public string Markdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine(MarkdownStart);
        sb.AppendLine("### Profile");
        sb.AppendLine();
        sb.AppendLine(PeakLine());
        sb.AppendLine();
        sb.AppendLine("| stage | seconds | share | in loops | trained tokens | train tok/s | MFU | sampled tokens | sample tok/s | batch fill | judge calls | calls/s | questions | questions/s |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var total = TotalSeconds;
        foreach (var s in Stages)
        {
            var w = s.Work;
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {s.Stage} | {s.Seconds:F1} | {Pct(total > 0 ? s.Seconds / total : null)} | {Pct(s.HotLoopShare)} | {Count(w.TrainTokens)} | {Num(s.TrainTokensPerSecond)} | {Pct(s.Mfu)} | {Count(w.SampledTokens)} | {Num(s.SampledTokensPerSecond)} | {Pct(s.BatchFill)} | {Count(w.JudgeCalls)} | {Num(s.JudgeCallsPerSecond, "F1")} | {Count(s.Questions ?? 0)} | {Num(s.QuestionsPerSecond, "F2")} |");
        }
        sb.AppendLine(CultureInfo.InvariantCulture, $"| total | {total:F1} | | | {Count(Stages.Sum(s => s.Work.TrainTokens))} | | | {Count(Stages.Sum(s => s.Work.SampledTokens))} | | | {Count(Stages.Sum(s => s.Work.JudgeCalls))} | | | |");
        sb.AppendLine(MarkdownEnd);
        return sb.ToString();
    }

    /// <summary>One line naming the MFU denominator and what the rates are per.</summary>
    public string PeakLine() => (Peak is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"MFU against the {p.Dtype} matmul peak measured at start-up: {p.PeakGflops:F0} GFLOP/s ({p.Size}³, {p.Threads} threads). ")
            : "No matmul peak recorded (run from before profiles): no MFU. ")
        + "Token rates are per second inside training steps / generation calls (\"in loops\": their share of the stage); calls and questions per stage second.";

    private static StageProfile Row(string folder, StageManifest m, RunPeak? peak) =>
        new(folder, m.Status, m.Seconds, m.Attempts, m.Work ?? WorkTotals.None, StageProfile.QuestionsOf(m.Counts), peak?.PeakGflops);

    private static StageManifest ReadManifest(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<StageManifest>(File.ReadAllText(path), ArtifactJson.Indented)
                ?? throw new PsrException($"{path}: empty manifest");
        }
        catch (JsonException e)
        {
            throw new PsrException($"{path}: not a stage manifest ({e.Message.Split('\n')[0]})", e);
        }
    }

    private static string Count(long n) => n > 0 ? n.ToString("N0", CultureInfo.InvariantCulture) : "–";

    private static string Num(double? x, string format = "F0") => x?.ToString(format, CultureInfo.InvariantCulture) ?? "–";

    private static string Pct(double? x) => x is { } v ? (100 * v).ToString("F1", CultureInfo.InvariantCulture) + "%" : "–";
}
