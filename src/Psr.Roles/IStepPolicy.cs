namespace Psr.Roles;

/// <summary>
/// The policy role: samples candidate next steps. One call carries many prefixes; an engine does one prefill per
/// prefix and batches across prefixes. Results must depend only on each prefix (its text and seed), never on which
/// other prefixes share the call, so that re-batching or resuming reproduces them.
/// </summary>
public interface IStepPolicy
{
    /// <summary>
    /// Returns, for each prefix in order, exactly <see cref="StepSampling.Width"/> candidates.
    /// </summary>
    Task<IReadOnlyList<IReadOnlyList<StepCandidate>>> SampleAsync(
        IReadOnlyList<StepPrefix> prefixes, StepSampling sampling, CancellationToken cancellationToken);
}
