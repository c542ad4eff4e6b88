using Psr.Pipeline.Metrics;
using Psr.Roles;
using Psr.World.Oracle;

namespace Psr.Pipeline.Adapters;

/// <summary>The built-in world's exact <see cref="StepOracle"/> as an <see cref="IStepOracle"/> (measurement only).</summary>
public sealed class WorldStepOracle : IStepOracle
{
    /// <inheritdoc />
    public StepCorrectness Label(string question, IReadOnlyList<string> previousSteps, string step) =>
        OracleStepJudge.Label(StepOracle.JudgeStep(question, previousSteps, step).Label);
}
