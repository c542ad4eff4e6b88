using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Studies.Safeguard;
using Psr.Studies;

namespace Psr.Studies.Tests.Safeguard;

public sealed class SafeguardLoopTests
{
    // the safeguard plugs into the loop as psr run plugs it in
    private static readonly IReadOnlyList<IStagePlanExtension> Studies = [new StudyStages()];

    private static RunConfig WithSafeguard(SafeguardSignal signal, int rounds = 1) => TinyRunConfig.Loop with
    {
        Safeguard = new SafeguardConfig { Enabled = true, Signal = signal, DevProblems = 3, MaxDrop = 1 },
        Rounds = Enumerable.Range(0, rounds).Select(i => new RoundConfig { Name = $"M{i + 2}", Questions = 3 }).ToList(),
    };

    [Fact]
    public void The_paper_faithful_default_has_no_safeguard_stage()
    {
        // Given the default preset / When its stages are listed / Then none is a safeguard
        Assert.False(RunPresets.Default.Safeguard.Enabled);
        var stages = new SelfRewardingLoop(RunPresets.Default, null!, extensions: Studies).Stages();
        Assert.DoesNotContain(stages, s => s is SafeguardStage);
    }

    [Fact]
    public void With_the_safeguard_each_round_is_checked_after_step_dpo_and_the_next_round_starts_from_its_choice()
    {
        // Given two rounds with the safeguard on / When the stages are listed
        var stages = new SelfRewardingLoop(WithSafeguard(SafeguardSignal.JudgeDevAgreement, rounds: 2), null!, extensions: Studies).Stages();
        var folders = stages.Select(s => s.Id.Folder).ToList();

        // Then the safeguard sits between step-DPO and the evaluation, which still evaluates the trained model
        Assert.Equal(new[] { "02-search", "02-step-dpo", "02-safeguard", "02-evaluate", "03-search", "03-step-dpo", "03-safeguard", "03-evaluate" }, folders.Skip(4));
        Assert.Equal(DpoStage.ModelArtifactsOf(0), stages.Single(s => s.Id.Folder == "02-evaluate").Inputs.Take(3));
        // And round 2's search and DPO start from the model the safeguard handed on
        Assert.Equal(SafeguardStage.ModelArtifactsOf(0), stages.Single(s => s.Id.Folder == "03-search").Inputs);
        Assert.Equal(SafeguardStage.ModelArtifactsOf(0), stages.Single(s => s.Id.Folder == "03-step-dpo").Inputs.Skip(1));
    }

    [Fact]
    public async Task The_dev_accuracy_signal_is_the_greedy_accuracy_of_each_model_on_the_dev_problems()
    {
        // Given a tiny run with the dev-accuracy safeguard and a limit no drop exceeds
        using var dir = new TempDir();
        var config = WithSafeguard(SafeguardSignal.DevAccuracy);
        var run = RunDirectory.Create(dir.Path, config);

        // When it runs
        await new SelfRewardingLoop(config, run, extensions: Studies).RunAsync();

        // Then the verdict's numbers are the accuracies in the records, and the trained model is handed on unchanged
        var verdict = SafeguardStage.Read(run, 0)!;
        Assert.Equal(SafeguardDecision.Accepted, verdict.Decision);
        Assert.Equal(3, verdict.DevItems);
        Assert.Equal(Accuracy(run, "start-greedy.jsonl"), verdict.StartValue);
        Assert.Equal(Accuracy(run, "trained-greedy.jsonl"), verdict.TrainedValue);
        Assert.Equal("stages/01-init/model", verdict.StartModel);
        Assert.Equal(File.ReadAllBytes(run.Resolve(DpoStage.ModelArtifactsOf(0)[1])), File.ReadAllBytes(run.Resolve(SafeguardStage.ModelArtifactsOf(0)[1])));
        var ids = ArtifactJsonl.Read<GreedyRecord>(run.Resolve("stages/02-safeguard/start-greedy.jsonl")).Select(r => r.Id).ToList();
        Assert.All(ids, id => Assert.StartsWith("safeguard-dev-dev-", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_cancelled_inside_the_safeguard_resumes_to_the_artifacts_of_an_uninterrupted_run()
    {
        // Given an uninterrupted tiny run with the judge-agreement safeguard
        using var reference = new TempDir();
        var config = WithSafeguard(SafeguardSignal.JudgeDevAgreement);
        await new SelfRewardingLoop(config, RunDirectory.Create(reference.Path, config), extensions: Studies).RunAsync();

        // When another is cancelled once the safeguard has judged its first batch, then resumed
        using var dir = new TempDir();
        var run = RunDirectory.Create(dir.Path, config);
        using var stop = new CancelInside("02-safeguard trained");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new SelfRewardingLoop(config, run, stop, extensions: Studies).RunAsync(stop.Token));
        Assert.Equal(StageStatus.Running, new StageRunner(run).ReadManifest(SafeguardStage.StageIdOf(0))!.Status);
        await new SelfRewardingLoop(config, RunDirectory.Open(dir.Path).Run, extensions: Studies).RunAsync();

        // Then every output equals the reference's, and the verdict matches the judge records
        Assert.Empty(RunArtifacts.Differences(RunArtifacts.Of(reference.Path), RunArtifacts.Of(dir.Path)));
        var verdict = SafeguardStage.Read(run, 0)!;
        Assert.Equal(Agreement(run, "start-judge.jsonl"), verdict.StartValue);
        Assert.Equal(Agreement(run, "trained-judge.jsonl"), verdict.TrainedValue);
    }

    private static double Accuracy(RunDirectory run, string file)
    {
        var records = ArtifactJsonl.Read<GreedyRecord>(run.Resolve($"stages/02-safeguard/{file}"));
        return records.Count(r => r.Correct) / (double)records.Count;
    }

    private static double Agreement(RunDirectory run, string file)
    {
        var records = ArtifactJsonl.Read<JudgeRecord>(run.Resolve($"stages/02-safeguard/{file}"));
        Assert.Equal(6, records.Count); // 3 pairs, both orders
        return records.Count(r => r.Correct) / (double)records.Count;
    }

    /// <summary>Cancels its token at the first report of a task starting with <c>prefix</c> that has work done.</summary>
    private sealed class CancelInside(string prefix) : IProgress<StageProgress>, IDisposable
    {
        private readonly CancellationTokenSource _source = new();

        public CancellationToken Token => _source.Token;

        public void Report(StageProgress value)
        {
            if (value.Task.StartsWith(prefix, StringComparison.Ordinal) && value.Done > 0)
                _source.Cancel();
        }

        public void Dispose() => _source.Dispose();
    }
}
