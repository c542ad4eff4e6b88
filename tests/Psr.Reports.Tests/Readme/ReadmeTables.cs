using System.Globalization;
using System.Text;
using Psr.Eval.Metrics;
using Psr.Pipeline.Config;
using Psr.Pipeline.Stages;

namespace Psr.Reports.Tests.Readme;

/// <summary>
/// The README's three-seed result tables, computed from <see cref="RecordedResults"/> with psr's own paired bootstrap
/// (<see cref="Bootstrap"/>, 2,000 resamples): accuracies in percent of the 2,000 test problems, differences in points
/// with their 95 % interval; a mean row's interval resamples each seed's problems independently.
/// </summary>
internal static class ReadmeTables
{
    private static readonly string[] Models = ["M1", "M2", "M3", "M4"];

    /// <summary>The process method and its continued-SFT control on the seeds recorded as <c>process-N</c> and <c>control-N</c>.</summary>
    public static string ProcessAndControl(RecordedResults results) =>
        GainsAgainst(results, "process", "control", "continued SFT: M4 − M1", "process − control at M4");

    /// <summary>
    /// Another method's runs (<c><paramref name="method"/>-N</c>, e.g. the outcome baseline or the oracle-judged control)
    /// against the process method (<c>process-N</c>) on the seeds recorded for both; <paramref name="label"/> names it in the header.
    /// </summary>
    public static string AgainstProcess(RecordedResults results, string method, string label)
    {
        var seeds = Seeds(results, method).Where(s => results.Has($"process-{s}")).ToList();
        var sb = new StringBuilder()
            .AppendLine($"| seed | {label} M1 | M2 | M3 | M4 | {label} M4 − M1 | process M4 | **process − {label} at M4** |")
            .AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var s in seeds)
        {
            var (o, p) = ($"{method}-{s}", $"process-{s}");
            sb.Append($"| {s} | ").Append(string.Join(" | ", Models.Select(m => Percent(results.Greedy(o, m)))))
                .Append($" | {Gain(results.Greedy(o, "M4"), results.Greedy(o, "M1"))} | {Percent(results.Greedy(p, "M4"))}")
                .Append($" | {Gain(results.Greedy(p, "M4"), results.Greedy(o, "M4"))} |")
                .AppendLine();
        }
        if (seeds.Count > 1)
        {
            sb.Append("| mean | ").Append(string.Join(" | ", Models.Select(m => MeanPercent(results, seeds, method, m))))
                .Append($" | {MeanGain(results, seeds, (method, "M4"), (method, "M1"))}")
                .Append($" | {MeanPercent(results, seeds, "process", "M4")}")
                .Append($" | **{MeanGain(results, seeds, ("process", "M4"), (method, "M4"))}** |")
                .AppendLine();
        }
        return sb.ToString();
    }

    /// <summary>
    /// The default's process runs (<c>process-N</c>) against the former default's (<c>former-N</c>) on the seeds recorded
    /// for both: each one's gain over its own M1 and the two M4s' difference.
    /// </summary>
    public static string AgainstFormerDefault(RecordedResults results) =>
        GainsAgainst(results, "process", "former", "the former default: M4 − M1", "M4 − the former default's M4");

    // Runs `main-N` by model, their gain over M1, the `other-N` runs' gain, main − other at M4 and main's judge, per
    // seed recorded for main and (over two or more seeds) their mean; a seed whose `other-N` run is not recorded yet
    // (a campaign still running) shows "pending" in the other's columns, and so does the mean row then.
    private static string GainsAgainst(RecordedResults results, string main, string other, string otherGainHeader, string differenceHeader)
    {
        var seeds = Seeds(results, main);
        var complete = seeds.All(s => results.Has($"{other}-{s}"));
        var sb = new StringBuilder()
            .AppendLine($"| seed | M1 | M2 | M3 | M4 | **M4 − M1** | {otherGainHeader} | **{differenceHeader}** | judge M1 → M4 |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var s in seeds)
        {
            var (m, o) = ($"{main}-{s}", $"{other}-{s}");
            var (otherGain, difference) = results.Has(o)
                ? (Gain(results.Greedy(o, "M4"), results.Greedy(o, "M1")), Gain(results.Greedy(m, "M4"), results.Greedy(o, "M4")))
                : (Pending, Pending);
            sb.Append($"| {s} | ").Append(string.Join(" | ", Models.Select(x => Percent(results.Greedy(m, x)))))
                .Append($" | {Gain(results.Greedy(m, "M4"), results.Greedy(m, "M1"))} | {otherGain}")
                .Append($" | {difference} | {Judge(results.Judge(m, "M1"))} → {Judge(results.Judge(m, "M4"))} %{Drift(results, m)} |")
                .AppendLine();
        }
        if (seeds.Count > 1)
        {
            sb.Append("| mean | ").Append(string.Join(" | ", Models.Select(x => MeanPercent(results, seeds, main, x))))
                .Append($" | **{MeanGain(results, seeds, (main, "M4"), (main, "M1"))}**")
                .Append($" | {(complete ? MeanGain(results, seeds, (other, "M4"), (other, "M1")) : Pending)}")
                .Append($" | **{(complete ? MeanGain(results, seeds, (main, "M4"), (other, "M4")) : Pending)}**")
                .Append($" | {Points(seeds.Average(s => results.Judge($"{main}-{s}", "M4") - results.Judge($"{main}-{s}", "M1")))} points |")
                .AppendLine();
        }
        return sb.ToString();
    }

    /// <summary>A cell whose run has not been recorded yet.</summary>
    private const string Pending = "pending";

    private static List<int> Seeds(RecordedResults results, string method) =>
        Enumerable.Range(1, 9).Where(s => results.Has($"{method}-{s}")).ToList();

    private static string Percent(bool[] correct) => Number(100 * Bootstrap.Accuracy(correct), "0.0#") + " %";

    /// <summary>The mean over <paramref name="seeds"/> of <paramref name="model"/>'s accuracy in the runs <c><paramref name="method"/>-N</c>.</summary>
    private static string MeanPercent(RecordedResults results, IReadOnlyList<int> seeds, string method, string model) =>
        Number(seeds.Average(s => 100 * Bootstrap.Accuracy(results.Greedy($"{method}-{s}", model))), "0.0#") + " %";

    private static string Judge(double accuracy) => Number(100 * accuracy, "0.0");

    /// <summary>
    /// " (change, low..high)": the judge's change from M1 to M4 with the paired interval that `psr` reports
    /// (<see cref="JudgeDrift"/>, the default preset's resamples), where the export kept the per-pair results; else empty.
    /// </summary>
    public static string Drift(RecordedResults results, string run) =>
        results.JudgeRecords(run, "M1") is { } first && results.JudgeRecords(run, "M4") is { } last
        && JudgeDrift.From(first, last, EvaluateStage.Bootstrap(RunPresets.Default.Evaluation)) is { } d
            ? $" ({Points(d.Difference)}, {Points(d.Interval.Low)}..{Points(d.Interval.High)})"
            : "";

    private static string Gain(bool[] after, bool[] before)
    {
        var ci = Bootstrap.DifferenceInterval(after, before);
        return $"{Points(Bootstrap.Accuracy(after) - Bootstrap.Accuracy(before))} ({Points(ci.Low)}..{Points(ci.High)})";
    }

    /// <summary>The mean over <paramref name="seeds"/> of (method, model) <paramref name="after"/> − <paramref name="before"/>, with its interval.</summary>
    private static string MeanGain(RecordedResults results, IReadOnlyList<int> seeds, (string Method, string Model) after, (string Method, string Model) before)
    {
        var list = seeds.Select(s => (After: results.Greedy($"{after.Method}-{s}", after.Model), Before: results.Greedy($"{before.Method}-{s}", before.Model))).ToList();
        var ci = Bootstrap.MeanDifferenceInterval(list.Select(s => ((IReadOnlyList<bool>)s.After, (IReadOnlyList<bool>)s.Before)).ToList());
        return $"{Points(list.Average(s => Bootstrap.Accuracy(s.After) - Bootstrap.Accuracy(s.Before)))} ({Points(ci.Low)}..{Points(ci.High)})";
    }

    /// <summary>A difference of fractions in signed points, e.g. +5.15 or −0.45 (a typographic minus, as the README writes it).</summary>
    private static string Points(double fraction)
    {
        var points = Math.Round(100 * fraction, 2, MidpointRounding.AwayFromZero);
        return (points < 0 ? "−" : "+") + Number(Math.Abs(points), "0.00");
    }

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
