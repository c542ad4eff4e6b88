using Psr.Roles;

namespace Psr.Pipeline.Outcome;

/// <summary>The policy role of the outcome baseline: whole solutions for each question.</summary>
public interface ISolutionPolicy
{
    /// <summary>Returns, per request and in order, exactly <see cref="SolutionSampling.Candidates"/> solutions.</summary>
    Task<IReadOnlyList<IReadOnlyList<StepCandidate>>> SampleAsync(IReadOnlyList<SolutionRequest> requests, SolutionSampling sampling, CancellationToken cancellationToken);
}
