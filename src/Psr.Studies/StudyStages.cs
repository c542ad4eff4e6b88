using Psr.Pipeline.Stages;
using Psr.Studies.Safeguard;

namespace Psr.Studies;

/// <summary>The studies' stages in the loop's plan: the safeguard after each round's training (<c>safeguard.enabled</c>).</summary>
public sealed class StudyStages : IStagePlanExtension
{
    /// <inheritdoc />
    public PlannedModel? AfterTraining(StagePlanContext plan, int roundIndex, IReadOnlyList<string> startModel,
        IReadOnlyList<string> trainedModel)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Config.Safeguard.Enabled
            ? new PlannedModel(new SafeguardStage(plan.Config, roundIndex, startModel, trainedModel, plan.Progress),
                SafeguardStage.ModelArtifactsOf(roundIndex))
            : null;
    }
}
