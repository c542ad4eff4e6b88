using System.Collections.Concurrent;
using Psr.Roles;

namespace Psr.Pipeline.Search;

/// <summary>
/// A policy that remembers what it sampled, so that two searches of the same problems with the same seeds (the
/// evaluation's self-judged and oracle-judged test-time searches) sample each shared expansion once. A search's
/// candidates depend only on the question, the accepted steps, the expansion's derived seed and the sampling settings
/// (<see cref="StepSearch"/>: the same whatever the batch), so a remembered answer is the one the policy would give
/// again: outputs are unchanged. The two searches share every expansion until their judges first accept different
/// steps. Thread-safe (search lanes call it at once); lives as long as the stage that made it.
/// </summary>
public sealed class SharedSamplesPolicy(IStepPolicy inner) : IStepPolicy
{
    private readonly ConcurrentDictionary<(string Id, string Question, ulong Seed, string Steps, StepSampling Sampling), IReadOnlyList<StepCandidate>> _samples = new();

    /// <summary>Prefixes answered from memory so far.</summary>
    public int Hits => _hits;

    /// <summary>Prefixes the inner policy sampled so far.</summary>
    public int Misses => _misses;

    private int _hits;
    private int _misses;

    /// <inheritdoc />
    public async Task<IReadOnlyList<IReadOnlyList<StepCandidate>>> SampleAsync(
        IReadOnlyList<StepPrefix> prefixes, StepSampling sampling, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        var keys = prefixes.Select(p => (p.QuestionId, p.Question, p.Seed, string.Join('\n', p.PreviousSteps), sampling)).ToArray();
        var result = new IReadOnlyList<StepCandidate>[prefixes.Count];
        var missing = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (_samples.TryGetValue(keys[i], out var known))
                result[i] = known;
            else
                missing.Add(i);
        }
        Interlocked.Add(ref _hits, prefixes.Count - missing.Count);
        Interlocked.Add(ref _misses, missing.Count);
        if (missing.Count > 0)
        {
            var sampled = await inner.SampleAsync(missing.Select(i => prefixes[i]).ToList(), sampling, cancellationToken).ConfigureAwait(false);
            if (sampled.Count != missing.Count)
                return sampled; // the search reports the policy's miscount
            for (var k = 0; k < missing.Count; k++)
            {
                result[missing[k]] = sampled[k];
                _samples.TryAdd(keys[missing[k]], sampled[k]);
            }
        }
        return result;
    }
}
