using System.Text.Json.Nodes;
using Psr.Pipeline.Profiling;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Roles;

namespace Psr.Cli.Tests;

public sealed class RunCommandTests
{
    private static (int Code, string Error) RunCapturingErrors(params string[] args)
    {
        var previous = Console.Error;
        var error = new StringWriter();
        Console.SetError(error);
        try
        {
            return (PsrApp.Run(args), error.ToString());
        }
        finally
        {
            Console.SetError(previous);
        }
    }

    [Fact]
    public void Unknown_option_is_a_user_error()
    {
        var code = PsrApp.Run(["run", "--no-such-option"]);
        Assert.Equal(PsrApp.UserError, code);
    }

    [Fact]
    public void Every_configuration_problem_is_reported_in_one_line_before_any_work()
    {
        // Given two bad overrides and an output folder that must not be created
        var outDir = Path.Combine(Path.GetTempPath(), "psr-cli-run-" + Guid.NewGuid().ToString("N"));

        // When
        var (code, error) = RunCapturingErrors("run", "--preset", "smoke", "--set", "search.width=1", "--set", "dpo.bogus=2", "--out", outDir);

        // Then
        Assert.Equal(PsrApp.UserError, code);
        Assert.Contains("search.width = 1: must be >= 2", error, StringComparison.Ordinal);
        Assert.Contains("dpo.bogus: unknown key", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Reporting_a_folder_that_is_not_a_run_is_a_user_error()
    {
        // Given / When
        var (code, error) = RunCapturingErrors("report", Path.Combine(Path.GetTempPath(), "psr-no-such-run"));

        // Then
        Assert.Equal(PsrApp.UserError, code);
        Assert.Contains("not a run directory", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "a", "b")]
    [InlineData("report", "a", "--out", "c")]
    public void Comparing_needs_out_and_out_needs_several_runs(params string[] args)
    {
        // Given / When
        var (code, error) = RunCapturingErrors(args);

        // Then the option check fails before any folder is read
        Assert.Equal(PsrApp.UserError, code);
        Assert.Contains("--out", error, StringComparison.Ordinal);
        Assert.DoesNotContain("not a run directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_cannot_be_combined_with_a_new_configuration()
    {
        // Given / When / Then
        Assert.Equal(PsrApp.UserError, PsrApp.Run(["run", "--resume", "runs/x", "--preset", "smoke"]));
    }

    [Fact]
    public void Resuming_a_folder_without_a_saved_configuration_is_a_user_error()
    {
        // Given / When
        var (code, error) = RunCapturingErrors("run", "--resume", Path.Combine(Path.GetTempPath(), "psr-no-such-run"));

        // Then
        Assert.Equal(PsrApp.UserError, code);
        Assert.Contains("not a run directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_configuration_runs_the_whole_loop_and_writes_the_summary()
    {
        // Given a test-sized configuration over the smoke preset (a 1-layer model, a handful of questions)
        var dir = Path.Combine(Path.GetTempPath(), "psr-cli-run-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var config = Path.Combine(dir, "tiny.json");
        File.WriteAllText(config, TinyRunConfig.Json);
        var run = Path.Combine(dir, "run");

        try
        {
            // When
            var code = PsrApp.Run(["run", "--config", config, "--set", "search.width=3", "--out", run]);

            // Then every stage ran and the summary names both models
            Assert.Equal(0, code);
            var summary = File.ReadAllText(Path.Combine(run, "summary.md"));
            Assert.Contains("| M1 |", summary, StringComparison.Ordinal);
            Assert.Contains("| M2 |", summary, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(run, "stages", "02-step-dpo", "model", "model.safetensors")));

            // And no judge drift, because the 1-layer model never gives a step verdict; once M2's judge records hold
            // verdicts, the summary built from the artifacts states its change from M1 on the EFT test pairs
            var m2Judge = Path.Combine(run, "stages", "02-evaluate", "judge.jsonl");
            var judged = ArtifactJsonl.Read<JudgeRecord>(m2Judge);
            Assert.All(judged, r => Assert.Equal(JudgeVerdict.Unparsed, r.Verdict));
            Assert.Null(JsonNode.Parse(File.ReadAllText(Path.Combine(run, "summary.json")))!["judgeDrift"]);
            Assert.DoesNotContain("judge accuracy (EFT test pairs", summary, StringComparison.Ordinal);
            ArtifactJsonl.Write(m2Judge, judged.Select(r => r with { Verdict = r.Expected }));
            var (opened, saved) = RunDirectory.Open(run);
            var rebuilt = RunSummary.Build(opened, saved, [EvaluateStage.StageIdOf(1), EvaluateStage.StageIdOf(2)]);
            var testPairs = File.ReadLines(Path.Combine(run, "stages", "00-eft", "eft-test.jsonl")).Count();
            Assert.Equal((testPairs, 1.0), (rebuilt.JudgeDrift!.Pairs, rebuilt.JudgeDrift.Difference));
            Assert.Contains("M2 − M1 judge accuracy (EFT test pairs, both orders): +100.0 points", rebuilt.Markdown(), StringComparison.Ordinal);
            ArtifactJsonl.Write(m2Judge, judged); // as the run wrote it, for the report checks below

            // And summary.md ends with the profile, whose judge calls for the search equal the search's own counter
            Assert.Contains(RunProfile.MarkdownStart, summary, StringComparison.Ordinal);
            Assert.Contains("| 01-init |", summary, StringComparison.Ordinal);
            var profile = RunProfile.Build(run);
            var searchCounts = JsonNode.Parse(File.ReadAllText(Path.Combine(run, "stages", "02-search", "manifest.json")))!["counts"]!;
            var search = profile.Stages.Single(s => s.Stage == "02-search");
            Assert.Equal(searchCounts["judgeCalls"]!.GetValue<long>(), search.Work.JudgeCalls);
            Assert.True(search.Work.SampledTokens > 0 && search.SampledTokensPerSecond > 0);
            var init = profile.Stages.Single(s => s.Stage == "01-init");
            Assert.True(init.Work.TrainTokens > 0 && init.Mfu > 0, $"init work {init.Work}");
            Assert.NotNull(profile.Peak);

            // And the report was written at the end, and psr report rewrites it from the artifacts
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(run, "report.html")), StringComparison.Ordinal);
            var report = File.ReadAllText(Path.Combine(run, "report.json"));
            Assert.Equal(0, PsrApp.Run(["report", run]));
            Assert.Equal(report, File.ReadAllText(Path.Combine(run, "report.json")));

            // And two runs (here the same one twice) are compared into --out
            Assert.Equal(0, PsrApp.Run(["report", run, run, "--out", Path.Combine(dir, "cmp")]));
            Assert.True(File.Exists(Path.Combine(dir, "cmp", "comparison.html")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
