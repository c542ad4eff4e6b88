using System.Text.Json;

namespace Psr.Cli.Tests;

public sealed class ExperimentRunCommandTests
{
    [Fact]
    public void Both_methods_and_two_seeds_run_as_sub_runs_with_one_comparison_report()
    {
        // Given a test-sized configuration
        var dir = Path.Combine(Path.GetTempPath(), "psr-cli-experiment-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var config = Path.Combine(dir, "tiny.json");
        File.WriteAllText(config, TinyRunConfig.Json);
        var run = Path.Combine(dir, "run");
        try
        {
            // When
            var code = PsrApp.Run(["run", "--config", config, "--methods", "process,outcome", "--seeds", "1,2", "--out", run]);

            // Then four sub-runs and a root report comparing both methods over both seeds
            Assert.Equal(0, code);
            Assert.Equal(["outcome-seed1", "outcome-seed2", "process-seed1", "process-seed2"],
                Directory.GetDirectories(run).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.True(File.Exists(Path.Combine(run, "outcome-seed1", "stages", "02-dpo", "model", "model.safetensors")));
            var json = File.ReadAllText(Path.Combine(run, "report.json"));
            var rows = JsonDocument.Parse(json).RootElement.GetProperty("rows").EnumerateArray().ToList();
            Assert.Equal(4, rows.Count);
            Assert.All(rows, r => Assert.Equal(2, r.GetProperty("greedyAccuracy").GetProperty("runs").GetInt32()));
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(run, "report.html")), StringComparison.Ordinal);

            // And psr report and a resume (every stage already done) rewrite the same report
            Assert.Equal(0, PsrApp.Run(["report", run]));
            Assert.Equal(json, File.ReadAllText(Path.Combine(run, "report.json")));
            Assert.Equal(0, PsrApp.Run(["run", "--resume", run]));
            Assert.Equal(json, File.ReadAllText(Path.Combine(run, "report.json")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_controls_run_as_methods_and_are_rows_of_the_comparison()
    {
        // Given a test-sized configuration
        var dir = Path.Combine(Path.GetTempPath(), "psr-cli-controls-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var config = Path.Combine(dir, "tiny.json");
        File.WriteAllText(config, TinyRunConfig.Json);
        var run = Path.Combine(dir, "run");
        try
        {
            // When
            var code = PsrApp.Run(["run", "--config", config, "--methods", "process,oracle-judge,continued-sft", "--seeds", "1", "--out", run]);

            // Then one sub-run per method, the control's own stages, and one comparison row per method and model
            Assert.Equal(0, code);
            Assert.Equal(["continued-sft-seed1", "oracle-judge-seed1", "process-seed1"],
                Directory.GetDirectories(run).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.True(File.Exists(Path.Combine(run, "continued-sft-seed1", "stages", "02-continued-sft", "model", "model.safetensors")));
            Assert.True(File.Exists(Path.Combine(run, "oracle-judge-seed1", "stages", "02-search", "pairs.jsonl")));
            var rows = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "report.json"))).RootElement.GetProperty("rows").EnumerateArray()
                .Select(r => (r.GetProperty("method").GetString(), r.GetProperty("model").GetString())).ToList();
            Assert.Equal([("ProcessSelfRewarding", "M1"), ("ProcessSelfRewarding", "M2"), ("ProcessOracleJudge", "M1"), ("ProcessOracleJudge", "M2"),
                ("ContinuedSft", "M1"), ("ContinuedSft", "M2")], rows);
            Assert.Contains("ContinuedSft", File.ReadAllText(Path.Combine(run, "report.html")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_unknown_method_is_a_user_error_before_any_work()
    {
        // Given / When
        var outDir = Path.Combine(Path.GetTempPath(), "psr-cli-experiment-" + Guid.NewGuid().ToString("N"));
        var code = PsrApp.Run(["run", "--preset", "smoke", "--methods", "process,bogus", "--out", outDir]);

        // Then
        Assert.Equal(PsrApp.UserError, code);
        Assert.False(Directory.Exists(outDir));
    }
}
