using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Profiling;
using Psr.Pipeline.Runs;
using Psr.Roles;
using Psr.Roles.Backends;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The whole process-based self-rewarding loop on the built-in world or a benchmark (<c>data.source</c>): IFT → EFT → Init (M1) → evaluate M1, then per
/// round search → step-DPO → evaluate; every stage run, resumed or skipped by <see cref="StageRunner"/>, then the
/// summary. Rerunning on the same run directory continues after a kill from the last finished item. With
/// <c>experiment.method = Outcome</c> the stages are the outcome baseline's, with <c>ContinuedSft</c> each round is SFT on
/// the seed data, with <c>OracleJudge</c> the oracle judges the search (<see cref="StagePlan"/> lists every variant). A
/// stage that can end the run (<see cref="IStopsRun"/>, the optional safeguard) stops it after that round's evaluation.
/// </summary>
/// <remarks>
/// <paramref name="remote"/> builds the roles that <see cref="RunConfig.Backends"/> puts on an OpenAI-compatible
/// endpoint (required when any is); <paramref name="extensions"/> plug the extension projects' stages into the plan
/// (real-data seed data, the external trainer, the safeguard; psr run gives them all).
/// </remarks>
public sealed class SelfRewardingLoop(RunConfig config, RunDirectory run, IProgress<StageProgress>? progress = null, Action<StageRunResult>? onStage = null,
    IRemoteRoles? remote = null, IReadOnlyList<IStagePlanExtension>? extensions = null)
{
    /// <summary>The stages in run order (<see cref="StagePlan"/> chooses them).</summary>
    public IReadOnlyList<IStage> Stages() => StagePlan.Of(config, extensions, remote, progress);

    /// <summary>Runs every stage and writes the summary.</summary>
    public async Task<RunSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        RequireSupported(config);
        StageRoles.RequireRemote(config, remote);
        if (config.Model.Threads > 0)
            TorchSharp.torch.set_num_threads(config.Model.Threads);
        RunPeak.MeasureAndWrite(run); // the profile's MFU denominator, on this machine and thread count
        var runner = new StageRunner(run, threads: config.Model.Threads);
        runner.SweepOrphanedTempFiles(); // a kill -9 between an atomic write and its rename leaves one behind
        var stages = Stages();
        var stopAfter = int.MaxValue; // the round whose stage (the safeguard) stopped the run
        foreach (var stage in stages.TakeWhile(s => s.Id.Round <= stopAfter))
        {
            var result = await runner.RunAsync(stage, cancellationToken).ConfigureAwait(false);
            onStage?.Invoke(result);
            if (stage is IStopsRun stopper && stopper.StopsRun(run))
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
        if (config.Data.Source == DataSource.Benchmark)
            problems.AddRange(BenchmarkRunRequirements.Problems(config));
        if (config.Evaluation.Benchmarks.Count > 0 && !config.Backends.Policy.IsServed())
            problems.Add("evaluation.benchmarks: the in-process model of the world cannot encode benchmark text; serve the policy (backends.policy.backend = OpenAiCompatible)");
        if (config.Model.Backend != ModelBackend.TorchSharp)
            problems.Add($"model.backend = {config.Model.Backend}: psr run trains in-process and supports TorchSharp only (serve the policy and judge with backends.policy / backends.judge)");
        if (config.Model.Device != ComputeDevice.Cpu)
            problems.Add($"model.device = {config.Model.Device}: psr run supports Cpu only so far");
        if (config.Model.Size == ModelSize.Pretrained && config.Model.Checkpoint is null)
            problems.Add("model.size = Pretrained: model.checkpoint is required");
        if (config.Safeguard.Enabled && config.Backends.Trainer.IsEnabled())
            problems.Add("safeguard.enabled = true: not supported together with backends.trainer yet");
        if (config.Safeguard.Enabled && config.Experiment.Method == SelfRewardingMethod.Outcome)
            problems.Add("safeguard.enabled = true: not supported for experiment.method = Outcome yet");
        if (config.Experiment.Method == SelfRewardingMethod.ContinuedSft && (config.Backends.Trainer.IsEnabled() || config.Backends.Trainer.SftIsEnabled()))
            problems.Add("experiment.method = ContinuedSft: continues M1's SFT in-process; not supported with backends.trainer yet");
        if (config.Experiment.Method == SelfRewardingMethod.ContinuedSft && config.Safeguard.Enabled)
            problems.Add("safeguard.enabled = true: not supported for experiment.method = ContinuedSft yet");
        if (config.Sft.DevEvery > 0 && (config.Data.Source != DataSource.BuiltInWorld || config.Backends.Trainer.SftIsEnabled()))
            problems.Add($"sft.devEvery = {config.Sft.DevEvery}: the Init learning curve needs the in-process Init on the built-in world");
        if (config.Experiment.IsMulti)
            problems.Add("experiment: a multi-method or multi-seed configuration runs as sub-runs (ExperimentPlan), not as one loop");
        if (config.Experiment.Method == SelfRewardingMethod.Outcome && config.Outcome.Template != ScoreTemplate.Compact)
            problems.Add($"outcome.template = {config.Outcome.Template}: the built-in world's tiny model uses the Compact template");
        ConfigException.ThrowIfAny(problems);
    }
}
