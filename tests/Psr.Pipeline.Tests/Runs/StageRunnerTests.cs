using Psr.Pipeline.Runs;
using Psr.Pipeline.Tests.Config;

namespace Psr.Pipeline.Tests.Runs;

public sealed class StageRunnerTests
{
    private static RunDirectory NewRun(TempDir dir, string name = "run")
    {
        var run = RunDirectory.Create(Path.Combine(dir.Path, name), Psr.Pipeline.Config.RunPresets.Smoke);
        File.WriteAllLines(run.Resolve(SquaresStage.Input), Enumerable.Range(0, 100).Select(i => ((i * 37) % 101).ToString()));
        return run;
    }

    private static string Output(RunDirectory run) => File.ReadAllText(run.Resolve("stages/01-squares/squares.jsonl"));

    private static async Task<string> Uninterrupted(TempDir dir)
    {
        var run = NewRun(dir, "reference");
        await new StageRunner(run).RunAsync(new SquaresStage("h1"));
        return Output(run);
    }

    [Fact]
    public async Task A_cancelled_stage_resumes_without_redoing_finished_work_and_matches_an_uninterrupted_run()
    {
        // Given: a stage cancelled after 35 items (the fourth batch of ten completes, then the stage stops)
        using var dir = new TempDir();
        var run = NewRun(dir);
        using var kill = new CancellationTokenSource();
        var first = new SquaresStage("h1", cancelAfter: 35, kill);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new StageRunner(run).RunAsync(first, kill.Token));
        Assert.Equal(StageStatus.Running, new StageRunner(run).ReadManifest(first.Id)!.Status);

        // When: run again
        var second = new SquaresStage("h1");
        var result = await new StageRunner(run).RunAsync(second);

        // Then: only the unfinished batches were computed, and the artifact equals an uninterrupted run's
        Assert.Equal(60, second.Computed);
        Assert.Equal(2, result.Manifest.Attempts);
        Assert.Equal(StageStatus.Done, result.Manifest.Status);
        Assert.Equal(await Uninterrupted(dir), Output(run));
        // and the manifest's work sums both attempts, as its seconds do: 40 items before the cancel, 60 after
        Assert.Equal(100, result.Manifest.Work!.JudgeCalls);
    }

    [Fact]
    public async Task A_torn_progress_line_after_a_kill_is_redone_and_the_result_is_unchanged()
    {
        // Given: a killed stage whose progress log ends with half a line
        using var dir = new TempDir();
        var run = NewRun(dir);
        using var kill = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new StageRunner(run).RunAsync(new SquaresStage("h1", cancelAfter: 20, kill), kill.Token));
        File.AppendAllText(run.Resolve("stages/01-squares/progress.jsonl"), "{\"n\":5,\"va");

        // When
        var resumed = new SquaresStage("h1");
        await new StageRunner(run).RunAsync(resumed);

        // Then
        Assert.Equal(80, resumed.Computed);
        Assert.Equal(await Uninterrupted(dir), Output(run));
    }

    [Fact]
    public async Task A_done_stage_with_the_same_configuration_and_inputs_is_skipped()
    {
        // Given
        using var dir = new TempDir();
        var run = NewRun(dir);
        await new StageRunner(run).RunAsync(new SquaresStage("h1"));

        // When
        var again = new SquaresStage("h1");
        var result = await new StageRunner(run).RunAsync(again);

        // Then
        Assert.True(result.Skipped);
        Assert.Equal(0, again.Invocations);
        Assert.Equal(100, result.Manifest.Counts["items"]);
    }

    [Theory]
    [InlineData("config")]
    [InlineData("input")]
    [InlineData("output")]
    public async Task A_changed_configuration_input_or_output_reruns_the_stage_from_scratch(string change)
    {
        // Given: a finished stage, then one thing changes
        using var dir = new TempDir();
        var run = NewRun(dir);
        await new StageRunner(run).RunAsync(new SquaresStage("h1"));
        if (change == "input")
            File.AppendAllText(run.Resolve(SquaresStage.Input), "500\n");
        if (change == "output")
            File.WriteAllText(run.Resolve("stages/01-squares/squares.jsonl"), "tampered\n");

        // When
        var again = new SquaresStage(change == "config" ? "h2" : "h1");
        var result = await new StageRunner(run).RunAsync(again);

        // Then: everything is recomputed (the old progress log was discarded)
        Assert.False(result.Skipped);
        Assert.Equal(change == "input" ? 101 : 100, again.Computed);
        Assert.Equal(1, result.Manifest.Attempts);
    }

    [Fact]
    public async Task The_manifest_records_hashes_of_inputs_and_outputs()
    {
        // Given
        using var dir = new TempDir();
        var run = NewRun(dir);

        // When
        var m = (await new StageRunner(run).RunAsync(new SquaresStage("h1"))).Manifest;

        // Then
        Assert.Equal(ArtifactJson.Sha256OfFile(run.Resolve(SquaresStage.Input)), m.Inputs.Single().Sha256);
        Assert.Equal("stages/01-squares/squares.jsonl", m.Outputs.Single().Path);
        Assert.Equal(ArtifactJson.Sha256OfFile(run.Resolve(m.Outputs.Single().Path)), m.Outputs.Single().Sha256);
        Assert.Equal("h1", m.ConfigHash);
    }
}
