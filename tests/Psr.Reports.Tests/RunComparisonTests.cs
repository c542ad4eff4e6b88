using System.Text.Json;
using Psr.Reports.Comparisons;

namespace Psr.Reports.Tests;

public sealed class RunComparisonTests(TinyReportRun run) : IClassFixture<TinyReportRun>
{
    [Fact]
    public void Rows_hold_the_mean_and_spread_over_seeds_per_method_and_model()
    {
        // Given the tiny run and a second "seed" whose every model scored 50% greedy accuracy
        var first = run.Report;
        var second = first with { Seed = first.Seed + 1, Models = first.Models.Select(m => m with { Greedy = m.Greedy with { Accuracy = 0.5 } }).ToList() };

        // When
        var comparison = RunComparison.Build([first, second]);

        // Then one row per model, with both seeds and the two-value mean and sample sd
        Assert.Equal(first.Models.Select(m => m.Model), comparison.Rows.Select(r => r.Model));
        foreach (var (row, model) in comparison.Rows.Zip(first.Models))
        {
            var (a, b) = (model.Greedy.Accuracy, 0.5);
            Assert.Equal([first.Seed, first.Seed + 1], row.Seeds);
            Assert.Equal((a + b) / 2, row.GreedyAccuracy.Mean, 12);
            Assert.Equal(Math.Abs(a - b) / Math.Sqrt(2), row.GreedyAccuracy.StandardDeviation, 12);
            Assert.Equal(model.Judge!.Accuracy, row.JudgeAccuracy.Mean, 12);
        }
        Assert.Equal(0, comparison.Rows[0].Pairs.Runs);
    }

    [Fact]
    public void The_writer_reports_each_run_and_writes_a_self_contained_comparison()
    {
        // Given an output folder
        var outDir = Path.Combine(Path.GetTempPath(), "psr-comparison-" + Guid.NewGuid().ToString("N"));
        try
        {
            // When the same run is compared with itself
            var (reports, _) = ComparisonWriter.Write([run.Root, run.Root], outDir);

            // Then
            Assert.Equal(2, reports.Count);
            var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, RunComparison.JsonFile))).RootElement;
            Assert.Equal(run.Report.Models.Count, json.GetProperty("rows").GetArrayLength());
            var html = File.ReadAllText(Path.Combine(outDir, RunComparison.HtmlFile));
            Assert.Contains("<svg", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            if (Directory.Exists(outDir))
                Directory.Delete(outDir, recursive: true);
        }
    }
}
