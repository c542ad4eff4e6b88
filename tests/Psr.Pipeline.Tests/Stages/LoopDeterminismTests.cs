using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Pipeline.Tests.Config;

namespace Psr.Pipeline.Tests.Stages;

public sealed class LoopDeterminismTests
{
    [Fact]
    public async Task The_same_configuration_and_seed_give_the_same_artifacts_and_summary()
    {
        // Given two empty run folders and one tiny configuration
        using var a = new TempDir();
        using var b = new TempDir();

        // When the whole loop runs in each
        await new SelfRewardingLoop(TinyRunConfig.Loop, RunDirectory.Create(a.Path, TinyRunConfig.Loop)).RunAsync();
        await new SelfRewardingLoop(TinyRunConfig.Loop, RunDirectory.Create(b.Path, TinyRunConfig.Loop)).RunAsync();

        // Then every stage finished with byte-identical outputs (models, pairs, evaluations) and summaries
        var first = RunArtifacts.Of(a.Path);
        Assert.Contains("stages/02-step-dpo/model/model.safetensors", first.Keys);
        Assert.Contains("stages/02-evaluate/evaluation.json", first.Keys);
        Assert.Empty(RunArtifacts.Differences(first, RunArtifacts.Of(b.Path)));
    }

    [Fact]
    public async Task A_rerun_of_a_finished_run_skips_every_stage()
    {
        // Given a finished run
        using var dir = new TempDir();
        await new SelfRewardingLoop(TinyRunConfig.Loop, RunDirectory.Create(dir.Path, TinyRunConfig.Loop)).RunAsync();

        // When it is run again
        var results = new List<StageRunResult>();
        await new SelfRewardingLoop(TinyRunConfig.Loop, RunDirectory.Open(dir.Path).Run, onStage: results.Add).RunAsync();

        // Then nothing is redone
        Assert.Equal(new SelfRewardingLoop(TinyRunConfig.Loop, RunDirectory.Open(dir.Path).Run).Stages().Count, results.Count);
        Assert.All(results, r => Assert.True(r.Skipped, r.Manifest.Stage));
    }
}
