using Psr.Roles;

namespace Psr.Pipeline.Metrics;

/// <summary>
/// Ground truth for one step, where a world has it: is the step a correct next step after the previous steps?
/// Unknown when it cannot tell (e.g. the prefix is already wrong, or the step does
/// not parse). The built-in world implements it; real datasets have none.
/// </summary>
public interface IStepOracle
{
    /// <summary>Labels one step.</summary>
    StepCorrectness Label(string question, IReadOnlyList<string> previousSteps, string step);
}
