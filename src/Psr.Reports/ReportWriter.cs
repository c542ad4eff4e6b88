using System.Text.Json;
using Psr.Core.IO;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Pipeline.Metrics;
using Psr.Pipeline.Runs;
using Psr.Reports.Viewer;

namespace Psr.Reports;

/// <summary>Writes a run's <c>report.json</c> and <c>report.html</c> (atomically) from its artifacts.</summary>
public static class ReportWriter
{
    /// <summary>Questions per round embedded in the viewer: keeps the page loadable for large runs.</summary>
    public const int ViewerQuestionsPerRound = 200;

    /// <summary>Builds and writes the report of the run at <paramref name="root"/>.</summary>
    public static RunReport Write(string root)
    {
        var (_, config) = RunDirectory.Open(root);
        IStepOracle? oracle = config.Data.Source == DataSource.BuiltInWorld ? new WorldStepOracle() : null;
        var report = RunReportBuilder.Build(root, oracle);
        var traces = ViewerTraces.Build(report, oracle, ViewerQuestionsPerRound);
        AtomicFile.WriteAllText(Path.Combine(report.RunDirectory, RunReport.JsonFile), JsonSerializer.Serialize(report, ArtifactJson.Indented) + "\n");
        AtomicFile.WriteAllText(Path.Combine(report.RunDirectory, RunReport.HtmlFile), ReportHtml.Render(report, traces));
        return report;
    }
}
