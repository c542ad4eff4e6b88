using System.Globalization;
using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Reports.Comparisons;
using Spectre.Console;

namespace Psr.Cli.Commands;

/// <summary>
/// A multi-method / multi-seed <c>psr run</c>: every sub-run of <see cref="ExperimentPlan"/> in its own folder under the
/// run directory (run or resumed in turn, each with its own report), then the comparison as the root's
/// <c>report.json</c> / <c>report.html</c> and a Markdown table on the terminal.
/// </summary>
internal static class ExperimentRun
{
    /// <summary>The <c>--set</c> overrides that <c>--methods</c> and <c>--seeds</c> stand for.</summary>
    public static IEnumerable<string> Overrides(string? methods, string? seeds)
    {
        if (methods is not null)
            yield return "experiment.methods=[" + string.Join(",", Items(methods).Select(m => "\"" + MethodName(m) + "\"")) + "]";
        if (seeds is not null)
            yield return "experiment.seeds=[" + string.Join(",", Items(seeds).Select(SeedValue)) + "]";
    }

    /// <summary>Checks every sub-run's configuration before any work.</summary>
    public static void RequireSupported(RunConfig config)
    {
        foreach (var sub in ExperimentPlan.Of(config))
            SelfRewardingLoop.RequireSupported(sub.Config);
    }

    public static async Task RunAsync(RunConfig config, RunDirectory run, CancellationToken ct)
    {
        var subRuns = ExperimentPlan.Of(config);
        AnsiConsole.WriteLine($"psr run: {subRuns.Count} sub-runs ({string.Join(", ", subRuns.Select(s => s.Name))}) in {run.Root}");
        var finished = new List<RunDirectory>();
        foreach (var sub in subRuns)
        {
            var subDir = RunDirectory.Create(Path.Combine(run.Root, sub.Name), sub.Config);
            AnsiConsole.WriteLine($"== {sub.Name}: {sub.Method} method, seed {sub.Seed.ToString(CultureInfo.InvariantCulture)}");
            ShareStages(finished, subDir, sub);
            var summary = await RunProgressView.RunAsync(sub.Config, subDir, ct).ConfigureAwait(false);
            SummaryTable.Print(summary, subDir);
            finished.Add(subDir);
        }
        var (reports, comparison) = ExperimentReport.Write(run.Root);
        foreach (var report in reports)
            ReportCommand.Print(report);
        Console.Out.Write(ComparisonMarkdown.Render(comparison));
        AnsiConsole.WriteLine($"Comparison report: {Path.Combine(run.Root, Reports.RunReport.HtmlFile)} (data: {Reports.RunReport.JsonFile})");
    }

    // The stages a finished sibling already computed with the same configuration (M1 for every method of a seed, the
    // seed data for every seed) are copied, not recomputed; the stage runner still verifies each copy.
    private static void ShareStages(IReadOnlyList<RunDirectory> finished, RunDirectory target, SubRun sub)
    {
        var plan = StagePlan.Of(sub.Config, LoopExtensions.All);
        foreach (var donor in finished)
        {
            var copied = SharedStages.CopyPrefix(donor, target, plan);
            if (copied.Count > 0)
                AnsiConsole.WriteLine($"   shared from {Path.GetFileName(donor.Root)}: {string.Join(", ", copied.Select(id => id.Folder))}");
        }
    }

    private static IEnumerable<string> Items(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A method given as its command-line name (<c>continued-sft</c>) or its configuration name (<c>ContinuedSft</c>).</summary>
    private static string MethodName(string text)
    {
        foreach (var m in Enum.GetValues<SelfRewardingMethod>())
        {
            if (ExperimentPlan.CommandName(m) == text.ToLowerInvariant() || string.Equals(m.ToString(), text, StringComparison.OrdinalIgnoreCase))
                return m.ToString();
        }
        throw new ConfigException([$"--methods {text}: unknown method (known: {string.Join(", ", Enum.GetValues<SelfRewardingMethod>().Select(ExperimentPlan.CommandName))})"]);
    }

    private static string SeedValue(string text) => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s)
        ? s.ToString(CultureInfo.InvariantCulture)
        : throw new ConfigException([$"--seeds {text}: not an integer"]);
}
