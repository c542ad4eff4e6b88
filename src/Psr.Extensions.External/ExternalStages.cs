using Psr.Extensions.External.Training;
using Psr.Pipeline.Stages;

namespace Psr.Extensions.External;

/// <summary>
/// The external trainer's stages in the loop's plan: Init by <c>backends.trainer.sftCommand</c> and each round's
/// training by <c>backends.trainer.command</c>, in place of the in-process trainers.
/// </summary>
public sealed class ExternalStages : IStagePlanExtension
{
    /// <inheritdoc />
    public PlannedModel? Init(StagePlanContext plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Config.Backends.Trainer.SftIsEnabled()
            ? new PlannedModel(new ExternalInitStage(plan.Config, plan.Progress), ExternalInitStage.ModelArtifacts)
            : null;
    }

    /// <inheritdoc />
    public PlannedModel? Train(StagePlanContext plan, int roundIndex, IReadOnlyList<string> model)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Config.Backends.Trainer.IsEnabled()
            ? new PlannedModel(new ExternalTrainStage(plan.Config, roundIndex, model, plan.Progress),
                ExternalTrainStage.ModelArtifactsOf(roundIndex))
            : null;
    }
}
