using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Roles;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The one place that chooses a run's stages from its configuration. Each box of the paper's Figure 1 has one
/// default stage here; the variants of the extension projects plug in through <see cref="IStagePlanExtension"/>
/// (psr run composes them in Psr.Cli). Side by side:
/// <list type="table">
/// <item><term>IFT data</term><description><see cref="IftStage"/> (world) | Psr.Extensions.RealData's
/// <c>BenchmarkIftStage</c> (<c>data.source = Benchmark</c>)</description></item>
/// <item><term>EFT data</term><description><see cref="EftStage"/> (world) | Psr.Extensions.RealData's
/// <c>ReadyEftStage</c> (benchmark) or <c>RealEftStage</c> (<c>eft.enabled</c>); outcome baseline:
/// <see cref="EftStage"/> + <see cref="ScoreEftStage"/></description></item>
/// <item><term>Init (M1)</term><description><see cref="InitStage"/> | Psr.Extensions.RealData's
/// <c>BenchmarkInitStage</c> (benchmark) | Psr.Extensions.External's <c>ExternalInitStage</c>
/// (<c>backends.trainer.sftCommand</c>)</description></item>
/// <item><term>Search (pairs)</term><description><see cref="RoundSearchStage"/> (process) |
/// <see cref="OutcomeRoundStage"/> (<c>experiment.method = Outcome</c>)</description></item>
/// <item><term>Search (pairs)</term><description>with <c>experiment.method = OracleJudge</c> the same
/// <see cref="RoundSearchStage"/>, the exact oracle judging; none for <c>ContinuedSft</c></description></item>
/// <item><term>Training</term><description><see cref="DpoStage"/> (step-DPO; whole-response DPO for Outcome) |
/// <see cref="ContinuedSftStage"/> (<c>experiment.method = ContinuedSft</c>: SFT on the seed data at the round's
/// dose) | Psr.Extensions.External's <c>ExternalTrainStage</c> (<c>backends.trainer.command</c>)</description></item>
/// <item><term>Safeguard</term><description>none | Psr.Studies' <c>SafeguardStage</c> (<c>safeguard.enabled</c>)
/// </description></item>
/// <item><term>Evaluate</term><description><see cref="EvaluateStage"/> after M1 and after every round
/// </description></item>
/// </list>
/// </summary>
public static class StagePlan
{
    /// <summary>
    /// The stages of <paramref name="config"/> in run order, with the variants of <paramref name="extensions"/> (asked
    /// in order; none: the paper's loop only, and a configuration that selects a variant fails).
    /// </summary>
    public static IReadOnlyList<IStage> Of(RunConfig config, IReadOnlyList<IStagePlanExtension>? extensions = null,
        IRemoteRoles? remote = null, IProgress<StageProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var plan = new Planner(new StagePlanContext(config, remote, progress), extensions ?? []);
        var outcome = config.Experiment.Method == SelfRewardingMethod.Outcome;
        var stages = new List<IStage>();
        stages.AddRange(plan.SeedData());
        var init = plan.Init();
        stages.Add(init.Stage);
        var model = init.Model;
        stages.Add(new EvaluateStage(config, RunLayout.InitRound, "M1", model, progress, outcome ? null : remote));
        var continuedSft = config.Experiment.Method == SelfRewardingMethod.ContinuedSft;
        for (var i = 0; i < config.Rounds.Count; i++)
        {
            if (!continuedSft)
                stages.Add(Search(config, i, model, remote, progress));
            var train = plan.Train(i, model);
            stages.Add(train.Stage);
            var after = plan.AfterTraining(i, model, train.Model);
            if (after is not null)
                stages.Add(after.Stage);
            stages.Add(new EvaluateStage(config, RunLayout.RoundOf(i), config.Rounds[i].Name, train.Model, progress,
                outcome ? null : remote));
            model = after?.Model ?? train.Model;
        }
        plan.ThrowIfUnplugged();
        return stages;
    }

    /// <summary>A round's preference pairs: step-level search (process) or scored whole solutions (outcome).</summary>
    private static IStage Search(RunConfig config, int roundIndex, IReadOnlyList<string> model, IRemoteRoles? remote,
        IProgress<StageProgress>? progress) =>
        config.Experiment.Method == SelfRewardingMethod.Outcome
            ? new OutcomeRoundStage(config, roundIndex, model, progress)
            : new RoundSearchStage(config, roundIndex, model, progress, remote);

    /// <summary>Asks the extensions box by box and remembers a selected variant that none of them answered.</summary>
    private sealed class Planner(StagePlanContext context, IReadOnlyList<IStagePlanExtension> extensions)
    {
        private readonly List<string> _unplugged = [];

        private RunConfig Config => context.Config;

        // The outcome baseline runs the loop's own stages only (RunConfig.Problems and RequireSupported reject its
        // combinations with the extensions' switches).
        private bool Outcome => Config.Experiment.Method == SelfRewardingMethod.Outcome;

        private bool Benchmark => Config.Data.Source == DataSource.Benchmark;

        /// <summary>IFT and EFT data (round 0).</summary>
        public IEnumerable<IStage> SeedData()
        {
            if (Outcome)
                return [new IftStage(Config), new EftStage(Config), new ScoreEftStage(Config)];
            var ift = Ask(e => e.Ift(context), Benchmark, "data.source = Benchmark") ?? new IftStage(Config);
            var eft = Ask(e => e.Eft(context), Config.Eft.Enabled || Benchmark,
                Config.Eft.Enabled ? "eft.enabled = true" : "data.source = Benchmark") ?? new EftStage(Config);
            return [ift, eft];
        }

        /// <summary>M1: a benchmark run's external SFT, <c>backends.trainer.sftCommand</c> when set, else in-process.</summary>
        public PlannedModel Init()
        {
            var fallback = new PlannedModel(new InitStage(Config, context.Progress), InitStage.ModelArtifacts);
            if (Outcome)
                return fallback;
            return Ask(e => e.Init(context), Benchmark || Config.Backends.Trainer.SftIsEnabled(),
                Benchmark ? "data.source = Benchmark" : "backends.trainer.sftCommand") ?? fallback;
        }

        /// <summary>A round's training and the model it writes.</summary>
        public PlannedModel Train(int roundIndex, IReadOnlyList<string> model)
        {
            if (Outcome)
                return new PlannedModel(
                    new DpoStage(Config, roundIndex, model, context.Progress, SelfRewardingMethod.Outcome),
                    DpoStage.ModelArtifactsOf(roundIndex, SelfRewardingMethod.Outcome));
            if (Config.Experiment.Method == SelfRewardingMethod.ContinuedSft)
                return new PlannedModel(new ContinuedSftStage(Config, roundIndex, model, context.Progress),
                    ContinuedSftStage.ModelArtifactsOf(roundIndex));
            return Ask(e => e.Train(context, roundIndex, model), Config.Backends.Trainer.IsEnabled(),
                    "backends.trainer.command")
                ?? new PlannedModel(new DpoStage(Config, roundIndex, model, context.Progress),
                    DpoStage.ModelArtifactsOf(roundIndex));
        }

        /// <summary>The stage between a round's training and its evaluation (the safeguard), if any.</summary>
        public PlannedModel? AfterTraining(int roundIndex, IReadOnlyList<string> start, IReadOnlyList<string> trained) =>
            Outcome ? null
                : Ask(e => e.AfterTraining(context, roundIndex, start, trained), Config.Safeguard.Enabled,
                    "safeguard.enabled = true");

        /// <summary>Fails when the configuration selects a variant that no extension given to the plan provides.</summary>
        public void ThrowIfUnplugged()
        {
            if (_unplugged.Count > 0)
                throw new ConfigException(_unplugged.Distinct(StringComparer.Ordinal)
                    .Select(key => $"{key}: selects a stage of an extension that is not plugged into this loop (psr run plugs in every extension)")
                    .ToList());
        }

        private T? Ask<T>(Func<IStagePlanExtension, T?> box, bool selected, string key) where T : class
        {
            var answer = extensions.Select(box).FirstOrDefault(a => a is not null);
            if (answer is null && selected)
                _unplugged.Add(key);
            return answer;
        }
    }
}
