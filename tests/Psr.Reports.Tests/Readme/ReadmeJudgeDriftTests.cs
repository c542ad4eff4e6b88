using System.Text.Json;
using Psr.Pipeline.Config;
using Psr.Pipeline.Stages;

namespace Psr.Reports.Tests.Readme;

public sealed class ReadmeJudgeDriftTests
{
    // A results file with one process run and its control on 8 test problems; the process judge's per-pair results
    // (two orders a digit) are given for M1 and M4 when `perPair` is set.
    private static RecordedResults Results(bool perPair)
    {
        object Model(string greedy, double judge, string correct) =>
            new { greedy, greedyAccuracy = 0.5, judgeAccuracy = judge, judgeCorrect = perPair ? correct : null };
        var models = new Dictionary<string, object>
        {
            ["M1"] = Model("f0", 1.0, "22222222"), ["M2"] = Model("f8", 0.875, "22222221"),
            ["M3"] = Model("fc", 0.75, "22222200"), ["M4"] = Model("fe", 0.625, "22221100"),
        };
        var json = JsonSerializer.Serialize(new
        {
            problems = 8, firstId = "t-0", lastId = "t-7",
            runs = new Dictionary<string, object> { ["process-1"] = new { run = "p", models }, ["control-1"] = new { run = "c", models } },
        });
        var path = Path.Combine(Path.GetTempPath(), "psr-readme-results-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        try
        {
            return RecordedResults.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_judge_cell_carries_the_change_and_its_paired_interval_where_the_export_kept_each_pair()
    {
        // Given a run whose judge was right on all 8 pairs in both orders at M1, and at M4 on 4 pairs in both and 2 in one
        var results = Results(perPair: true);

        // When the README's process table is computed
        var table = ReadmeTables.ProcessAndControl(results);

        // Then the cell gives both ends, the change (10 of 16 verdicts right: −37.50 points) and psr's own paired interval
        var drift = JudgeDrift.From(results.JudgeRecords("process-1", "M1")!, results.JudgeRecords("process-1", "M4")!,
            EvaluateStage.Bootstrap(RunPresets.Default.Evaluation))!;
        Assert.Equal(-0.375, drift.Difference, 12);
        Assert.True(drift.Interval.Low < drift.Difference && drift.Difference < drift.Interval.High);
        Assert.Contains($"| 100.0 → 62.5 %{ReadmeTables.Drift(results, "process-1")} |", table, StringComparison.Ordinal);
        Assert.StartsWith(" (−37.50, −", ReadmeTables.Drift(results, "process-1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_per_pair_results_the_cell_gives_both_ends_only()
    {
        var results = Results(perPair: false);

        Assert.Null(results.JudgeRecords("process-1", "M1"));
        Assert.Equal("", ReadmeTables.Drift(results, "process-1"));
        Assert.Contains("| 100.0 → 62.5 % |", ReadmeTables.ProcessAndControl(results), StringComparison.Ordinal);
    }
}
