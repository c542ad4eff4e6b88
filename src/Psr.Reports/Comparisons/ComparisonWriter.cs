using System.Text.Json;
using Psr.Core.IO;
using Psr.Pipeline.Runs;

namespace Psr.Reports.Comparisons;

/// <summary>Writes each run's report, then the comparison of all of them into an output folder (atomically).</summary>
public static class ComparisonWriter
{
    /// <summary>Reports every run in <paramref name="roots"/> and writes <c>comparison.json</c> / <c>comparison.html</c> in <paramref name="outDir"/>.</summary>
    public static (IReadOnlyList<RunReport> Reports, RunComparison Comparison) Write(IReadOnlyList<string> roots, string outDir)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var reports = roots.Select(ReportWriter.Write).ToList();
        var comparison = RunComparison.Build(reports);
        Directory.CreateDirectory(outDir);
        AtomicFile.WriteAllText(Path.Combine(outDir, RunComparison.JsonFile), JsonSerializer.Serialize(comparison, ArtifactJson.Indented) + "\n");
        AtomicFile.WriteAllText(Path.Combine(outDir, RunComparison.HtmlFile), ComparisonHtml.Render(comparison));
        return (reports, comparison);
    }
}
