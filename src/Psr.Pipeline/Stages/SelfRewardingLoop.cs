using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Safeguard;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The whole process-based self-rewarding loop on the built-in world: IFT → EFT → Init (M1) → evaluate M1, then per
/// round search → step-DPO → evaluate; every stage run, resumed or skipped by <see cref="StageRunner"/>, then the
/// summary. Rerunning on the same run directory continues after a kill from the last finished item. With the optional
/// safeguard, each round's step-DPO is followed by a <see cref="SafeguardStage"/> that picks the next round's model or
/// stops the run after that round's evaluation.
/// </summary>
public sealed class SelfRewardingLoop(RunConfig config, RunDirectory run, IProgress<StageProgress>? progress = null, Action<StageRunResult>? onStage = null)
{
    /// <summary>The stages in run order.</summary>
    public IReadOnlyList<IStage> Stages()
    {
        var stages = new List<IStage>
        {
            new IftStage(config), new EftStage(config), new InitStage(config, progress),
            new EvaluateStage(config, 1, "M1", InitStage.ModelArtifacts, progress),
        };
        var model = InitStage.ModelArtifacts;
        for (var i = 0; i < config.Rounds.Count; i++)
        {
            stages.Add(new RoundSearchStage(config, i, model, progress));
            stages.Add(new DpoStage(config, i, model, progress));
            var trained = DpoStage.ModelArtifactsOf(i);
            if (config.Safeguard.Enabled)
                stages.Add(new SafeguardStage(config, i, model, trained, progress));
            stages.Add(new EvaluateStage(config, i + 2, config.Rounds[i].Name, trained, progress));
            model = config.Safeguard.Enabled ? SafeguardStage.ModelArtifactsOf(i) : trained;
        }
        return stages;
    }

    /// <summary>Runs every stage and writes the summary.</summary>
    public async Task<RunSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        RequireSupported(config);
        if (config.Model.Threads > 0)
            TorchSharp.torch.set_num_threads(config.Model.Threads);
        var runner = new StageRunner(run);
        var stages = Stages();
        var stopAfter = int.MaxValue; // the round whose safeguard stopped the run
        foreach (var stage in stages.TakeWhile(s => s.Id.Round <= stopAfter))
        {
            var result = await runner.RunAsync(stage, cancellationToken).ConfigureAwait(false);
            onStage?.Invoke(result);
            if (stage is SafeguardStage && SafeguardStage.Read(run, stage.Id.Round - 2)?.Decision == SafeguardDecision.Stopped)
                stopAfter = stage.Id.Round;
        }
        var evaluated = stages.OfType<EvaluateStage>().Select(s => s.Id).Where(id => id.Round <= stopAfter).ToList();
        var summary = RunSummary.Build(run, config, evaluated);
        summary.Write(run);
        return summary;
    }

    /// <summary>Rejects the parts of the configuration <c>psr run</c> cannot run yet, before any work.</summary>
    public static void RequireSupported(RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var problems = new List<string>();
        if (config.Data.Source != DataSource.BuiltInWorld)
            problems.Add($"data.source = {config.Data.Source}: psr run supports BuiltInWorld only so far");
        if (config.Model.Backend != ModelBackend.TorchSharp)
            problems.Add($"model.backend = {config.Model.Backend}: psr run trains in-process and supports TorchSharp only");
        if (config.Model.Device != ComputeDevice.Cpu)
            problems.Add($"model.device = {config.Model.Device}: psr run supports Cpu only so far");
        if (config.Model.Size == ModelSize.Pretrained && config.Model.Checkpoint is null)
            problems.Add("model.size = Pretrained: model.checkpoint is required");
        if (config.Evaluation.Benchmarks.Count > 0)
            problems.Add("evaluation.benchmarks: extra benchmarks are not evaluated by psr run yet");
        ConfigException.ThrowIfAny(problems);
    }
}
