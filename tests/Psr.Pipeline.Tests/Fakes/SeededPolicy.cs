using Psr.Roles;

namespace Psr.Pipeline.Tests.Fakes;

/// <summary>
/// A policy whose candidates depend only on the prefix's seed and length: a small vocabulary so duplicates occur,
/// finals (marker or EOS) more likely as the path grows. Counts prefixes per call to show batching.
/// </summary>
internal sealed class SeededPolicy : IStepPolicy
{
    private static readonly string[] Vocabulary = ["add 3", "add 4", "mul 2", "sub 1", "add 3", "answer \\boxed{7}", "answer 9"];

    private readonly Lock _gate = new();

    public List<int> PrefixesPerCall { get; } = [];

    /// <summary>The managed thread of each call (search lanes call from several).</summary>
    public HashSet<int> Threads { get; } = [];

    public Task<IReadOnlyList<IReadOnlyList<StepCandidate>>> SampleAsync(
        IReadOnlyList<StepPrefix> prefixes, StepSampling sampling, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            PrefixesPerCall.Add(prefixes.Count);
            Threads.Add(Environment.CurrentManagedThreadId);
        }
        IReadOnlyList<IReadOnlyList<StepCandidate>> result = prefixes.Select(p => Sample(p, sampling.Width)).ToList();
        return Task.FromResult(result);
    }

    private static IReadOnlyList<StepCandidate> Sample(StepPrefix prefix, int width)
    {
        var random = new Random(unchecked((int)prefix.Seed));
        var last = Math.Min(Vocabulary.Length, 4 + prefix.PreviousSteps.Count);
        return Enumerable.Range(0, width).Select(_ =>
        {
            var text = Vocabulary[random.Next(last)];
            var end = random.Next(10) == 0 ? CandidateEnd.EndOfSequence : CandidateEnd.StepBoundary;
            return new StepCandidate(text, end);
        }).ToList();
    }
}
