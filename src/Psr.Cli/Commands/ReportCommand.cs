using System.ComponentModel;
using Psr.Reports;
using Psr.Reports.Comparisons;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary>
/// <c>psr report RUN_DIR…</c>: writes each run's <c>report.json</c> and self-contained <c>report.html</c> and prints its
/// Markdown summary; given several runs (e.g. seeds) and <c>--out</c>, also their comparison (mean ± sd per method and model).
/// </summary>
public sealed class ReportCommand : Command<ReportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<RUN_DIR>")]
        [Description("Run directories written by psr run (finished or not: every finished evaluate stage is reported).")]
        public string[] RunDirs { get; init; } = [];

        [CommandOption("--out <DIR>")]
        [Description("Where to write comparison.json / comparison.html (required with several runs).")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            RunDirs.Length > 1 && Out is null ? ValidationResult.Error("--out is required to compare several runs")
            : RunDirs.Length == 1 && Out is not null ? ValidationResult.Error("--out names the comparison folder: give two or more runs")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Out is null && ExperimentReport.IsExperiment(settings.RunDirs[0]))
        {
            var (subReports, experiment) = ExperimentReport.Write(settings.RunDirs[0]);
            foreach (var report in subReports)
                Print(report);
            Console.Out.Write(ComparisonMarkdown.Render(experiment));
            AnsiConsole.WriteLine($"Comparison report: {Path.Combine(Path.GetFullPath(settings.RunDirs[0]), RunReport.HtmlFile)} (data: {RunReport.JsonFile})");
            return 0;
        }
        if (settings.Out is null)
        {
            Print(ReportWriter.Write(settings.RunDirs[0]));
            return 0;
        }
        var (reports, _) = ComparisonWriter.Write(settings.RunDirs, settings.Out);
        foreach (var report in reports)
            Print(report);
        AnsiConsole.WriteLine($"Comparison: {Path.Combine(Path.GetFullPath(settings.Out), RunComparison.HtmlFile)} (data: {RunComparison.JsonFile})");
        return 0;
    }

    /// <summary>Prints the Markdown summary and where the files are.</summary>
    public static void Print(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Console.Out.Write(ReportMarkdown.Render(report));
        AnsiConsole.WriteLine($"Report: {Path.Combine(report.RunDirectory, RunReport.HtmlFile)} (data: {RunReport.JsonFile})");
    }
}
