namespace Psr.Backends.OpenAI.Roles;

/// <summary>Runs one asynchronous call per item with at most a given number in flight; results keep input order.</summary>
internal static class ConcurrentMap
{
    public static async Task<TOut[]> RunAsync<TIn, TOut>(
        IReadOnlyList<TIn> items, int maxInFlight, Func<TIn, CancellationToken, Task<TOut>> call, CancellationToken cancellationToken)
    {
        var results = new TOut[items.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxInFlight, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), options,
            async (i, token) => results[i] = await call(items[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }
}
