using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Stages;

/// <summary>A stage of the plan and the run-relative files of the model the next stages take from it.</summary>
public sealed record PlannedModel(IStage Stage, IReadOnlyList<string> Model);
