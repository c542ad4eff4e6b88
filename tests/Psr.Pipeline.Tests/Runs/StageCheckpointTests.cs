using Microsoft.Extensions.Time.Testing;
using Psr.Core.Diagnostics;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Tests.Runs;

/// <summary>
/// A running stage's manifest carries its seconds and work so far (<see cref="StageRunner.CheckpointInterval"/>), so a
/// killed attempt's share still reaches the resumed stage's profile.
/// </summary>
public sealed class StageCheckpointTests
{
    private static RunDirectory NewRun(TempDir dir) => RunDirectory.Create(Path.Combine(dir.Path, "run"), Psr.Pipeline.Config.RunPresets.Smoke);

    [Fact]
    public async Task A_running_stage_writes_its_work_so_far_each_interval_and_counts_it_once_when_done()
    {
        // Given a stage that does 7 calls' work, lets a checkpoint interval pass and reads its own manifest
        using var dir = new TempDir();
        var run = NewRun(dir);
        var clock = new FakeTimeProvider();
        var stage = new WorkingStage(run, clock, calls: 7, intervals: 1);

        // When it runs
        var result = await new StageRunner(run, clock).RunAsync(stage);

        // Then the manifest read mid-stage was still running with the 7 calls and some seconds, and the final one
        // counts the 7 calls once
        var seen = Assert.Single(stage.Seen);
        Assert.Equal((StageStatus.Running, 7L), (seen.Status, seen.Work!.JudgeCalls));
        Assert.True(seen.Seconds > 0, $"checkpoint seconds {seen.Seconds}");
        Assert.Equal((StageStatus.Done, 7L, 1), (result.Manifest.Status, result.Manifest.Work!.JudgeCalls, result.Manifest.Attempts));
    }

    [Fact]
    public async Task A_crashed_attempt_keeps_its_checkpointed_work_in_the_resumed_stage()
    {
        // Given an attempt that did 7 calls' work, passed a checkpoint and then died without reaching its end
        using var dir = new TempDir();
        var run = NewRun(dir);
        var clock = new FakeTimeProvider();
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new StageRunner(run, clock).RunAsync(new WorkingStage(run, clock, calls: 7, intervals: 1, crash: true)));

        // When the stage is run again and does 3 more
        var result = await new StageRunner(run, clock).RunAsync(new WorkingStage(run, clock, calls: 3, intervals: 0));

        // Then the finished manifest counts both attempts' work
        Assert.Equal((StageStatus.Done, 10L, 2), (result.Manifest.Status, result.Manifest.Work!.JudgeCalls, result.Manifest.Attempts));
    }

    [Fact]
    public async Task No_checkpoint_is_written_before_the_first_interval()
    {
        using var dir = new TempDir();
        var run = NewRun(dir);
        var clock = new FakeTimeProvider();
        var stage = new WorkingStage(run, clock, calls: 4, intervals: 0);

        await new StageRunner(run, clock).RunAsync(stage);

        // The manifest read mid-stage is the one written at the start: no work yet
        var seen = Assert.Single(stage.Seen);
        Assert.Null(seen.Work);
    }

    /// <summary>Records work, advances the fake clock by whole intervals, reads its manifest, then finishes or throws.</summary>
    private sealed class WorkingStage(RunDirectory run, FakeTimeProvider clock, long calls, int intervals, bool crash = false) : IStage
    {
        public List<StageManifest> Seen { get; } = [];

        public StageId Id { get; } = new(1, "working");

        public string ConfigHash => "h1";

        public IReadOnlyList<string> Inputs => [];

        public Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
        {
            WorkMeter.Judged(calls);
            Thread.Sleep(5); // some wall time for the checkpoint's seconds
            for (var i = 0; i < intervals; i++)
                clock.Advance(StageRunner.CheckpointInterval); // fires the runner's timer on this thread
            Seen.Add(new StageRunner(run).ReadManifest(Id)!);
            if (crash)
                throw new InvalidOperationException("the process died");
            File.WriteAllText(context.PathOf("out.txt"), "done");
            return Task.FromResult(new StageOutcome([context.Artifact("out.txt")], new Dictionary<string, long>()));
        }
    }
}
