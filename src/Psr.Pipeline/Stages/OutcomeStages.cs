using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The outcome baseline's stages (SRLM, paper-method §1.8): the same IFT, the step-judge EFT (kept for the identical
/// evaluation's judge-accuracy set), whole-solution scoring EFT for M1, then per round sample-and-score → whole-response
/// DPO → the same evaluation as the process method.
/// </summary>
public static class OutcomeStages
{
    /// <summary>The stages in run order.</summary>
    public static IReadOnlyList<IStage> Of(RunConfig config, IProgress<StageProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var stages = new List<IStage>
        {
            new IftStage(config), new EftStage(config), new ScoreEftStage(config), new InitStage(config, progress),
            new EvaluateStage(config, RunLayout.InitRound, "M1", InitStage.ModelArtifacts, progress),
        };
        var model = InitStage.ModelArtifacts;
        for (var i = 0; i < config.Rounds.Count; i++)
        {
            stages.Add(new OutcomeRoundStage(config, i, model, progress));
            stages.Add(new DpoStage(config, i, model, progress, SelfRewardingMethod.Outcome));
            model = DpoStage.ModelArtifactsOf(i, SelfRewardingMethod.Outcome);
            stages.Add(new EvaluateStage(config, RunLayout.RoundOf(i), config.Rounds[i].Name, model, progress));
        }
        return stages;
    }
}
