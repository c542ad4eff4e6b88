using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Psr.Pipeline.Lanes;

/// <summary>
/// Runs independent batches of generation work on lanes: each lane is a dedicated thread that takes the next batch,
/// and the results are yielded in batch order, so a caller that logs each result writes the same file whatever the
/// lane count. With an in-process model each lane's ops run on its own thread (<c>LaneThreads</c>), which is what
/// makes two small-model batches at once faster than one batch split over two cores (docs/benchmarks.md, "Search lanes").
/// </summary>
public static class OrderedLanes
{
    /// <summary>
    /// Yields <paramref name="work"/>'s result for every item of <paramref name="items"/>, in order. With one lane (or
    /// one item) the items run one after the other on the caller's context. <paramref name="enterLane"/> runs on each
    /// lane's thread before its first item. The first failure stops the other lanes and is rethrown to the reader after
    /// the results before it; stopping the enumeration early stops the lanes.
    /// </summary>
    public static async IAsyncEnumerable<TOut> RunAsync<TIn, TOut>(IReadOnlyList<TIn> items, int lanes,
        Func<TIn, CancellationToken, Task<TOut>> work, Action? enterLane = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        if (lanes <= 1 || items.Count <= 1)
        {
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return await work(item, cancellationToken).ConfigureAwait(false);
            }
            yield break;
        }

        // Continuations run off the lane threads, so a lane never runs the reader's code between its items.
        var results = items.Select(_ => new TaskCompletionSource<TOut>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var next = -1;
        ExceptionDispatchInfo? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        async Task FailAsync(Exception e)
        {
            Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            await stop.CancelAsync().ConfigureAwait(false);
        }

        async Task LaneAsync()
        {
            try
            {
                enterLane?.Invoke();
            }
            catch (Exception e)
            {
                await FailAsync(e).ConfigureAwait(false); // the loop below then marks every item it takes cancelled
            }
            int i;
            while ((i = Interlocked.Increment(ref next)) < results.Length)
            {
                if (stop.IsCancellationRequested)
                {
                    results[i].TrySetCanceled(stop.Token);
                    continue;
                }
                try
                {
                    results[i].TrySetResult(await work(items[i], stop.Token).ConfigureAwait(false));
                }
                catch (OperationCanceledException e) when (stop.IsCancellationRequested)
                {
                    results[i].TrySetCanceled(e.CancellationToken);
                }
                catch (Exception e)
                {
                    results[i].TrySetException(e);
                    await FailAsync(e).ConfigureAwait(false);
                }
            }
        }

        var workers = Enumerable.Range(0, Math.Min(lanes, items.Count))
            .Select(_ => Task.Factory.StartNew(LaneAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap())
            .ToArray();
        try
        {
            foreach (var result in results)
            {
                cancellationToken.ThrowIfCancellationRequested(); // results already done are not handed out after a cancel
                TOut value;
                try
                {
                    value = await result.Task.ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (failure is not null)
                {
                    failure.Throw(); // an item cancelled because another lane failed: report that failure
                    throw;
                }
                yield return value;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(workers).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // every lane's outcome went to its items' results
            }
        }
    }
}
