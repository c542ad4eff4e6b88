using Psr.Roles;

namespace Psr.Extensions.RealData.Tests.Fakes;

/// <summary>A policy whose candidates for a prefix are given by a function of (prefix, candidate index); records every prefix.</summary>
internal sealed class FuncPolicy(Func<StepPrefix, int, StepCandidate> candidate) : IStepPolicy
{
    public int Calls { get; private set; }

    public List<(StepPrefix Prefix, int Width)> Seen { get; } = [];

    public Task<IReadOnlyList<IReadOnlyList<StepCandidate>>> SampleAsync(
        IReadOnlyList<StepPrefix> prefixes, StepSampling sampling, CancellationToken cancellationToken)
    {
        Calls++;
        Seen.AddRange(prefixes.Select(p => (p, sampling.Width)));
        IReadOnlyList<IReadOnlyList<StepCandidate>> result = prefixes
            .Select(p => (IReadOnlyList<StepCandidate>)Enumerable.Range(0, sampling.Width).Select(i => candidate(p, i)).ToList())
            .ToList();
        return Task.FromResult(result);
    }

    /// <summary>A step that continues the solution.</summary>
    public static StepCandidate Step(string text) => new(text, CandidateEnd.StepBoundary);

    /// <summary>A step that ends the solution.</summary>
    public static StepCandidate Last(string text) => new(text, CandidateEnd.EndOfSequence);
}
