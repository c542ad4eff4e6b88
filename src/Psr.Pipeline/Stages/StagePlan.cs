using Psr.Pipeline.Config;
using Psr.Pipeline.ExternalTraining;
using Psr.Pipeline.RealEft;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Safeguard;
using Psr.Roles;
using Psr.Roles.Backends;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The one place that chooses a run's stages from its configuration. Each box of the paper's Figure 1 has one
/// default stage and its variants side by side:
/// <list type="table">
/// <item><term>IFT data</term><description><see cref="IftStage"/> (world) | <see cref="BenchmarkIftStage"/>
/// (<c>data.source = Benchmark</c>)</description></item>
/// <item><term>EFT data</term><description><see cref="EftStage"/> (world) | <see cref="ReadyEftStage"/> (benchmark) |
/// <see cref="RealEftStage"/> (<c>eft.enabled</c>); outcome baseline: <see cref="EftStage"/> +
/// <see cref="ScoreEftStage"/></description></item>
/// <item><term>Init (M1)</term><description><see cref="InitStage"/> | <see cref="ExternalInitStage"/>
/// (<c>backends.trainer.sftCommand</c>) | <see cref="BenchmarkInitStage"/> (benchmark)</description></item>
/// <item><term>Search (pairs)</term><description><see cref="RoundSearchStage"/> (process) |
/// <see cref="OutcomeRoundStage"/> (<c>experiment.method = Outcome</c>)</description></item>
/// <item><term>Search (pairs)</term><description>with <c>experiment.method = OracleJudge</c> the same
/// <see cref="RoundSearchStage"/>, the exact oracle judging; none for <c>ContinuedSft</c></description></item>
/// <item><term>Training</term><description><see cref="DpoStage"/> (step-DPO; whole-response DPO for Outcome) |
/// <see cref="ExternalTrainStage"/> (<c>backends.trainer.command</c>) | <see cref="ContinuedSftStage"/>
/// (<c>experiment.method = ContinuedSft</c>: SFT on the seed data at the round's dose)</description></item>
/// <item><term>Safeguard</term><description>none | <see cref="SafeguardStage"/> (<c>safeguard.enabled</c>)
/// </description></item>
/// <item><term>Evaluate</term><description><see cref="EvaluateStage"/> after M1 and after every round
/// </description></item>
/// </list>
/// </summary>
public static class StagePlan
{
    /// <summary>The stages of <paramref name="config"/> in run order.</summary>
    public static IReadOnlyList<IStage> Of(RunConfig config, IRemoteRoles? remote = null,
        IProgress<StageProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var outcome = config.Experiment.Method == SelfRewardingMethod.Outcome;
        var model = InitModelArtifacts(config);
        // the outcome baseline has no safeguard (RequireSupported rejects the combination)
        var safeguard = config.Safeguard.Enabled && !outcome;
        var stages = new List<IStage>();
        stages.AddRange(SeedData(config, remote, progress));
        stages.Add(Init(config, progress));
        stages.Add(new EvaluateStage(config, RunLayout.InitRound, "M1", model, progress, outcome ? null : remote));
        var continuedSft = config.Experiment.Method == SelfRewardingMethod.ContinuedSft;
        for (var i = 0; i < config.Rounds.Count; i++)
        {
            if (!continuedSft)
                stages.Add(Search(config, i, model, remote, progress));
            var (train, trained) = Train(config, i, model, progress);
            stages.Add(train);
            if (safeguard)
                stages.Add(new SafeguardStage(config, i, model, trained, progress));
            stages.Add(new EvaluateStage(config, RunLayout.RoundOf(i), config.Rounds[i].Name, trained, progress,
                outcome ? null : remote));
            model = safeguard ? SafeguardStage.ModelArtifactsOf(i) : trained;
        }
        return stages;
    }

    /// <summary>IFT and EFT data (round 0).</summary>
    private static IEnumerable<IStage> SeedData(RunConfig config, IRemoteRoles? remote,
        IProgress<StageProgress>? progress)
    {
        if (config.Experiment.Method == SelfRewardingMethod.Outcome)
            return [new IftStage(config), new EftStage(config), new ScoreEftStage(config)];
        var benchmark = config.Data.Source == DataSource.Benchmark;
        IStage ift = benchmark ? new BenchmarkIftStage(config, remote) : new IftStage(config);
        IStage eft = config.Eft.Enabled ? new RealEftStage(config, remote as IEftRoles, progress)
            : benchmark ? new ReadyEftStage(config) : new EftStage(config);
        return [ift, eft];
    }

    /// <summary>
    /// M1: a benchmark run's external SFT, <c>backends.trainer.sftCommand</c> when set, else in-process.
    /// </summary>
    private static IStage Init(RunConfig config, IProgress<StageProgress>? progress)
    {
        if (config.Experiment.Method == SelfRewardingMethod.Outcome)
            return new InitStage(config, progress);
        return config.Data.Source == DataSource.Benchmark ? new BenchmarkInitStage(config, progress)
            : config.Backends.Trainer.SftIsEnabled() ? new ExternalInitStage(config, progress)
            : new InitStage(config, progress);
    }

    /// <summary>The run-relative files later stages take as M1.</summary>
    private static IReadOnlyList<string> InitModelArtifacts(RunConfig config) =>
        config.Experiment.Method != SelfRewardingMethod.Outcome
        && (config.Data.Source == DataSource.Benchmark || config.Backends.Trainer.SftIsEnabled())
            ? ExternalInitStage.ModelArtifacts : InitStage.ModelArtifacts;

    /// <summary>A round's preference pairs: step-level search (process) or scored whole solutions (outcome).</summary>
    private static IStage Search(RunConfig config, int roundIndex, IReadOnlyList<string> model, IRemoteRoles? remote,
        IProgress<StageProgress>? progress) =>
        config.Experiment.Method == SelfRewardingMethod.Outcome
            ? new OutcomeRoundStage(config, roundIndex, model, progress)
            : new RoundSearchStage(config, roundIndex, model, progress, remote);

    /// <summary>A round's training and the model it writes.</summary>
    private static (IStage Stage, IReadOnlyList<string> Model) Train(RunConfig config, int roundIndex,
        IReadOnlyList<string> model, IProgress<StageProgress>? progress)
    {
        if (config.Experiment.Method == SelfRewardingMethod.Outcome)
            return (new DpoStage(config, roundIndex, model, progress, SelfRewardingMethod.Outcome),
                DpoStage.ModelArtifactsOf(roundIndex, SelfRewardingMethod.Outcome));
        if (config.Experiment.Method == SelfRewardingMethod.ContinuedSft)
            return (new ContinuedSftStage(config, roundIndex, model, progress), ContinuedSftStage.ModelArtifactsOf(roundIndex));
        if (config.Backends.Trainer.IsEnabled())
            return (new ExternalTrainStage(config, roundIndex, model, progress),
                ExternalTrainStage.ModelArtifactsOf(roundIndex));
        return (new DpoStage(config, roundIndex, model, progress), DpoStage.ModelArtifactsOf(roundIndex));
    }
}
