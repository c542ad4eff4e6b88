using System.ComponentModel;
using Psr.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Psr.Cli.Commands;

/// <summary><c>psr report RUN_DIR</c>: writes the run's <c>report.json</c> and self-contained <c>report.html</c>, prints the Markdown summary.</summary>
public sealed class ReportCommand : Command<ReportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<RUN_DIR>")]
        [Description("A run directory written by psr run (finished or not: every finished evaluate stage is reported).")]
        public string RunDir { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Print(ReportWriter.Write(settings.RunDir));
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
