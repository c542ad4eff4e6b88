using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.World.Eft;
using Psr.World.Judging;
using Psr.Extensions.RealData.Stages;

namespace Psr.Extensions.RealData.Tests.Stages;

public sealed class ReadyEftStageTests
{
    private static EftExample Example(string id, string prompt) =>
        new(id, prompt, "check", "1+1=2", "1+1=3", CandidateMark.Right, CandidateMark.Wrong, PairVerdict.A, EftPairKind.RightVsWrong, "test");

    private static async Task<StageOutcome> RunAsync(TempDir dir, string eft, string? eftTest)
    {
        var config = RunPresets.Smoke with { Data = new DataConfig { Source = DataSource.Benchmark, BenchmarkPath = "x.jsonl", EftPath = eft, EftTestPath = eftTest } };
        var run = RunDirectory.Create(Path.Combine(dir.Path, "run"), config);
        var stage = new ReadyEftStage(config);
        return await stage.RunAsync(new StageContext(run, stage.Id, 1), CancellationToken.None);
    }

    [Fact]
    public async Task Ready_eft_files_become_the_stages_train_and_test_artifacts()
    {
        // Given a train file of 2 judge examples and a test file of 1
        using var dir = new TempDir();
        var good = Example("a", JudgePrompt.Format("Compute.", [], "1+1=2", "1+1=3"));
        var train = Path.Combine(dir.Path, "train.jsonl");
        var test = Path.Combine(dir.Path, "test.jsonl");
        ArtifactJsonl.Write(train, [good, good with { ProblemId = "b" }]);
        ArtifactJsonl.Write(test, [good with { ProblemId = "t" }]);

        // When the stage runs
        var outcome = await RunAsync(dir, train, test);

        // Then both are copied and counted
        Assert.Equal((2, 1), (outcome.Counts["train"], outcome.Counts["test"]));
    }

    [Fact]
    public async Task A_test_example_whose_prompt_is_not_psrs_judge_format_stops_the_run_before_training()
    {
        // Given a test file whose prompt is free text
        using var dir = new TempDir();
        var train = Path.Combine(dir.Path, "train.jsonl");
        var test = Path.Combine(dir.Path, "test.jsonl");
        ArtifactJsonl.Write(train, [Example("a", JudgePrompt.Format("Compute.", [], "1+1=2", "1+1=3"))]);
        ArtifactJsonl.Write(test, [Example("t7", "Which step is better?")]);

        // When the stage runs, Then one error names the example
        var e = await Assert.ThrowsAsync<PsrException>(() => RunAsync(dir, train, test));
        Assert.Equal("EFT example of t7: not a judge prompt", e.Message);
    }

    [Fact]
    public async Task A_missing_eft_file_is_one_error_naming_it()
    {
        // Given no file at the configured path
        using var dir = new TempDir();
        var missing = Path.Combine(dir.Path, "nope.jsonl");

        // When the stage runs, Then the error names the path
        var e = await Assert.ThrowsAsync<PsrException>(() => RunAsync(dir, missing, null));
        Assert.Equal($"{missing}: EFT file not found", e.Message);
    }
}
