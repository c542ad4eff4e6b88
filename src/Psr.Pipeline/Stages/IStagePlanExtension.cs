using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Stages;

/// <summary>
/// A project that plugs its stages into the boxes of the loop (<see cref="StagePlan"/>) without the loop knowing it:
/// each method returns the box's stage when the configuration selects this extension's variant, and null otherwise
/// (the loop's default stage then runs). <see cref="StagePlan"/> asks the extensions in the order given and takes the
/// first answer; <c>psr run</c> (Psr.Cli) composes them. The outcome baseline's plan asks none.
/// </summary>
public interface IStagePlanExtension
{
    /// <summary>The IFT data stage (round 0), or null.</summary>
    IStage? Ift(StagePlanContext plan) => null;

    /// <summary>The EFT data stage (round 0), or null.</summary>
    IStage? Eft(StagePlanContext plan) => null;

    /// <summary>Init (M1) and the run-relative model files later stages take as M1, or null.</summary>
    PlannedModel? Init(StagePlanContext plan) => null;

    /// <summary>The training of round <paramref name="roundIndex"/> from <paramref name="model"/> and the model it writes, or null.</summary>
    PlannedModel? Train(StagePlanContext plan, int roundIndex, IReadOnlyList<string> model) => null;

    /// <summary>
    /// A stage between round <paramref name="roundIndex"/>'s training and its evaluation, and the model the next round
    /// starts from; null for none.
    /// </summary>
    PlannedModel? AfterTraining(StagePlanContext plan, int roundIndex, IReadOnlyList<string> startModel,
        IReadOnlyList<string> trainedModel) => null;
}
