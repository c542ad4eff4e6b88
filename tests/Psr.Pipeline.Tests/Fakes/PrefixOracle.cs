using Psr.Pipeline.Metrics;
using Psr.Roles;

namespace Psr.Pipeline.Tests.Fakes;

/// <summary>"ok…" steps are correct and "bad…" steps wrong, unless a previous step is bad (then Unknown); others Unknown.</summary>
internal sealed class PrefixOracle : IStepOracle
{
    public StepCorrectness Label(string question, IReadOnlyList<string> previousSteps, string step) =>
        previousSteps.Any(s => s.StartsWith("bad", StringComparison.Ordinal)) ? StepCorrectness.Unknown
        : step.StartsWith("ok", StringComparison.Ordinal) ? StepCorrectness.Correct
        : step.StartsWith("bad", StringComparison.Ordinal) ? StepCorrectness.Wrong
        : StepCorrectness.Unknown;
}
