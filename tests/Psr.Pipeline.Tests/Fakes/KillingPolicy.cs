using Psr.Roles;

namespace Psr.Pipeline.Tests.Fakes;

/// <summary>Wraps a policy and cancels <paramref name="kill"/> once <paramref name="calls"/> calls have been made.</summary>
internal sealed class KillingPolicy(IStepPolicy inner, int calls, CancellationTokenSource kill) : IStepPolicy
{
    private int _made;

    public async Task<IReadOnlyList<IReadOnlyList<StepCandidate>>> SampleAsync(
        IReadOnlyList<StepPrefix> prefixes, StepSampling sampling, CancellationToken cancellationToken)
    {
        if (++_made >= calls)
            await kill.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return await inner.SampleAsync(prefixes, sampling, cancellationToken);
    }
}
