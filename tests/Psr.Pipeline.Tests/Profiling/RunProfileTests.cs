using System.Text.Json;
using Psr.Core.Diagnostics;
using Psr.Pipeline.Profiling;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Tests.Config;

namespace Psr.Pipeline.Tests.Profiling;

public sealed class RunProfileTests
{
    /// <summary>A stage that records fixed work through the meter, as the trainers and the generator do.</summary>
    private sealed class WorkingStage(StageId id, WorkTotals work, Dictionary<string, long> counts) : IStage
    {
        public StageId Id => id;

        public string ConfigHash => "h";

        public IReadOnlyList<string> Inputs => [];

        public Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
        {
            WorkMeter.Trained(work.TrainTokens, parameters: 1000, TimeSpan.FromSeconds(work.TrainSeconds));
            WorkMeter.Sampled(work.SampledTokens, work.PrefillTokens, work.DecodeSlots, TimeSpan.FromSeconds(work.SampleSeconds));
            WorkMeter.Judged(work.JudgeCalls);
            return Task.FromResult(new StageOutcome([], counts));
        }
    }

    [Fact]
    public async Task Rates_and_mfu_are_recomputed_from_the_manifests_and_the_recorded_peak()
    {
        // Given a run whose init trained 60,000 tokens in 3 s and whose search sampled 8,000 tokens in 2 s of
        // 10,000 row slots, judged 500 comparisons and searched 40 questions; peak 100 GFLOP/s
        using var dir = new TempDir();
        var run = RunDirectory.Create(Path.Combine(dir.Path, "run"), Psr.Pipeline.Config.RunPresets.Smoke);
        var runner = new StageRunner(run);
        await runner.RunAsync(new WorkingStage(new StageId(1, "init"), new WorkTotals(TrainTokens: 60_000, TrainSeconds: 3), new() { ["steps"] = 10 }));
        await runner.RunAsync(new WorkingStage(new StageId(2, "search"),
            new WorkTotals(SampledTokens: 8_000, PrefillTokens: 1_000, DecodeSlots: 10_000, SampleSeconds: 2, JudgeCalls: 500), new() { ["questions"] = 40 }));
        File.WriteAllText(Path.Combine(run.Root, RunPeak.FileName),
            JsonSerializer.Serialize(new RunPeak("float32", 1024, 100, 2, DateTimeOffset.UnixEpoch), ArtifactJson.Indented));

        // When
        var profile = RunProfile.Build(run.Root);

        // Then each rate is its work over its seconds, and MFU is 6·N·tokens/s over the peak
        Assert.Equal(["01-init", "02-search"], profile.Stages.Select(s => s.Stage));
        var init = profile.Stages[0];
        Assert.Equal(60_000, init.Work.TrainTokens);
        Assert.Equal(20_000, init.TrainTokensPerSecond!.Value, 6);
        Assert.Equal(6.0 * 1000 * 20_000 / 100e9, init.Mfu!.Value, 12);
        Assert.Null(init.SampledTokensPerSecond);
        Assert.Null(init.Questions);
        var search = profile.Stages[1];
        Assert.Equal(4_000, search.SampledTokensPerSecond!.Value, 6);
        Assert.Equal(0.8, search.BatchFill!.Value, 12);
        Assert.Equal(40, search.Questions);
        var seconds = runner.ReadManifest(new StageId(2, "search"))!.Seconds;
        Assert.Equal(500 / seconds, search.JudgeCallsPerSecond!.Value, 6);
        Assert.Equal(40 / seconds, search.QuestionsPerSecond!.Value, 6);

        // and the Markdown section carries the rows between its markers
        var markdown = profile.Markdown();
        Assert.StartsWith(RunProfile.MarkdownStart, markdown, StringComparison.Ordinal);
        Assert.Contains("| 01-init |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 20000 |", markdown, StringComparison.Ordinal);
        Assert.Contains("100 GFLOP/s", markdown, StringComparison.Ordinal);
        Assert.Contains(RunProfile.MarkdownEnd, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_without_a_peak_or_stages_has_an_empty_profile_and_no_mfu()
    {
        using var dir = new TempDir();
        var run = RunDirectory.Create(Path.Combine(dir.Path, "run"), Psr.Pipeline.Config.RunPresets.Smoke);
        var profile = RunProfile.Build(run.Root);
        Assert.Null(profile.Peak);
        Assert.Empty(profile.Stages);
        Assert.Contains("no MFU", profile.Markdown(), StringComparison.Ordinal);
    }
}
