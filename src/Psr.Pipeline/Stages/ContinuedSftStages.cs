using Psr.Pipeline.Config;
using Psr.Pipeline.Roles;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The "more of the same training" control's stages: the same IFT, EFT, M1 and evaluation as the process method, then
/// per round continued SFT on the seed data (<see cref="ContinuedSftStage"/>) → the same evaluation.
/// </summary>
public static class ContinuedSftStages
{
    /// <summary>The stages in run order.</summary>
    public static IReadOnlyList<IStage> Of(RunConfig config, IRemoteRoles? remote = null, IProgress<StageProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var stages = new List<IStage>(SeedStages.Of(config, remote, progress))
        {
            new InitStage(config, progress),
            new EvaluateStage(config, 1, "M1", InitStage.ModelArtifacts, progress, remote),
        };
        var model = InitStage.ModelArtifacts;
        for (var i = 0; i < config.Rounds.Count; i++)
        {
            stages.Add(new ContinuedSftStage(config, i, model, progress));
            model = ContinuedSftStage.ModelArtifactsOf(i);
            stages.Add(new EvaluateStage(config, i + 2, config.Rounds[i].Name, model, progress, remote));
        }
        return stages;
    }
}
