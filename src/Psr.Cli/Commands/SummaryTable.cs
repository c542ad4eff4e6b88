using System.Globalization;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Spectre.Console;

namespace Psr.Cli.Commands;

/// <summary>The one-screen summary of a run as a Spectre.Console table.</summary>
internal static class SummaryTable
{
    public static void Print(RunSummary summary, RunDirectory run)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("psr run: summary");
        // Plain text cells: "[95% CI]" and "[a, b]" would otherwise be read as Spectre markup.
        foreach (var header in new[] { "model", "greedy acc [95% CI]", "judge acc (both orders)", "pairs: clean/rev/both-wrong/both-right/after-wrong/unk", "test-time: greedy / self / oracle" })
            table.AddColumn(new TableColumn(new Text(header)));
        foreach (var m in summary.Models)
        {
            table.AddRow(new Text(m.Model), new Text($"{RunSummary.Pct(m.GreedyAccuracy)} [{RunSummary.Pct(m.GreedyLow)}, {RunSummary.Pct(m.GreedyHigh)}]"),
                new Text($"{RunSummary.Pct(m.JudgeAccuracy)} ({RunSummary.Pct(m.JudgeBothOrders)})"), new Text(RunSummary.PairsText(m)),
                new Text($"{RunSummary.Pct(m.TestTimeGreedy)} / {RunSummary.Pct(m.TestTimeSelf)} / {RunSummary.Pct(m.TestTimeOracle)}"));
        }
        table.Caption(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Last} − M1: {100 * summary.Difference:+0.0;-0.0;0.0} points, 95% paired bootstrap [{100 * summary.DifferenceInterval.Low:+0.0;-0.0;0.0}, {100 * summary.DifferenceInterval.High:+0.0;-0.0;0.0}]{JudgeText(summary)}; total stage time {TotalSeconds(run):F0}s")));
        AnsiConsole.Write(table);
    }

    private static string JudgeText(RunSummary summary) => summary.JudgeDrift is not { } j ? ""
        : string.Create(CultureInfo.InvariantCulture,
            $"; judge {100 * j.Difference:+0.0;-0.0;0.0} points [{100 * j.Interval.Low:+0.0;-0.0;0.0}, {100 * j.Interval.High:+0.0;-0.0;0.0}]");

    private static double TotalSeconds(RunDirectory run)
    {
        var runner = new StageRunner(run);
        var stages = RunLayout.StagesDirectory(run.Root);
        return Directory.Exists(stages)
            ? Directory.EnumerateFiles(stages, "manifest.json", SearchOption.AllDirectories)
                .Sum(path => Manifest(runner, path)?.Seconds ?? 0)
            : 0;
    }

    private static StageManifest? Manifest(StageRunner runner, string path)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(path)!);
        var dash = folder.IndexOf('-', StringComparison.Ordinal);
        return runner.ReadManifest(new StageId(int.Parse(folder[..dash], CultureInfo.InvariantCulture), folder[(dash + 1)..]));
    }
}
