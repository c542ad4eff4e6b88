using System.Collections.Concurrent;
using Psr.Core.Errors;
using Psr.Pipeline.Lanes;

namespace Psr.Pipeline.Tests.Lanes;

/// <summary><see cref="OrderedLanes"/>: batches on lane threads, results in batch order.</summary>
public sealed class OrderedLanesTests
{
    private static readonly int[] Items = Enumerable.Range(0, 40).ToArray();

    private static async Task<List<T>> ReadAll<T>(IAsyncEnumerable<T> results)
    {
        var all = new List<T>();
        await foreach (var r in results)
            all.Add(r);
        return all;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(64)]
    public async Task Results_come_in_item_order_whatever_finishes_first(int lanes)
    {
        // Given work whose later items finish sooner than earlier ones
        async Task<string> Work(int i, CancellationToken ct)
        {
            await Task.Delay((Items.Length - i) % 7, ct);
            return $"r{i}";
        }

        // When
        var results = await ReadAll(OrderedLanes.RunAsync(Items, lanes, Work));

        // Then: every item once, in order
        Assert.Equal(Items.Select(i => $"r{i}"), results);
    }

    [Fact]
    public async Task Lanes_run_items_at_once_on_their_own_threads_after_entering()
    {
        // Given work that holds each item until a second item is in flight on another thread (no assertion on timing:
        // a lane that never overlaps would time out the wait and fail the thread count below)
        var threads = new ConcurrentDictionary<int, byte>();
        var entered = new ConcurrentDictionary<int, byte>();
        var overlap = new ManualResetEventSlim();
        var inFlight = 0;
        Task<int> Work(int i, CancellationToken ct)
        {
            var id = Environment.CurrentManagedThreadId;
            threads[id] = 0;
            Assert.True(entered.ContainsKey(id), "work ran on a thread that had not entered its lane");
            if (Interlocked.Increment(ref inFlight) > 1)
                overlap.Set();
            overlap.Wait(TimeSpan.FromSeconds(10), ct);
            Interlocked.Decrement(ref inFlight);
            return Task.FromResult(i * i);
        }

        // When
        var results = await ReadAll(OrderedLanes.RunAsync(Items, 2, Work, () => entered[Environment.CurrentManagedThreadId] = 0));

        // Then
        Assert.Equal(Items.Select(i => i * i), results);
        Assert.True(overlap.IsSet);
        Assert.Equal(2, threads.Count);
        Assert.Equal(2, entered.Count);
    }

    [Fact]
    public async Task One_lane_runs_on_the_callers_flow_without_entering()
    {
        // Given
        var entered = 0;

        // When
        var results = await ReadAll(OrderedLanes.RunAsync(Items, 1, (i, _) => Task.FromResult(i + 1), () => entered++));

        // Then
        Assert.Equal(Items.Select(i => i + 1), results);
        Assert.Equal(0, entered);
    }

    [Fact]
    public async Task A_failure_reaches_the_reader_after_the_results_before_it_and_stops_the_other_lanes()
    {
        // Given work that fails on item 17 while the other lane's item waits to be cancelled
        var started = new ConcurrentBag<int>();
        async Task<int> Work(int i, CancellationToken ct)
        {
            started.Add(i);
            if (i == 17)
                throw new PsrException("item 17 failed");
            if (i == 16)
                await Task.Delay(Timeout.Infinite, ct); // cancelled by 17's failure: the reader must still see 17's error
            return i;
        }

        // When
        var read = new List<int>();
        var error = await Assert.ThrowsAsync<PsrException>(async () =>
        {
            await foreach (var r in OrderedLanes.RunAsync(Items, 2, Work))
                read.Add(r);
        });

        // Then
        Assert.Equal("item 17 failed", error.Message);
        Assert.Equal(Enumerable.Range(0, 16), read);
        Assert.True(started.Max() < Items.Length - 1, "lanes went on after the failure");
    }

    [Fact]
    public async Task A_lane_that_cannot_start_fails_the_run_instead_of_hanging()
    {
        // When every lane's entry throws
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ReadAll(OrderedLanes.RunAsync(Items, 3, (i, _) => Task.FromResult(i), () => throw new InvalidOperationException("no threads"))));

        // Then
        Assert.Equal("no threads", error.Message);
    }

    [Fact]
    public async Task Cancelling_stops_the_lanes()
    {
        // Given a reader that cancels after the first result
        using var cts = new CancellationTokenSource();
        var ran = 0;
        async Task<int> Work(int i, CancellationToken ct)
        {
            Interlocked.Increment(ref ran);
            await Task.Delay(5, ct);
            return i;
        }

        // When
        var read = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in OrderedLanes.RunAsync(Items, 2, Work, cancellationToken: cts.Token))
            {
                read++;
                await cts.CancelAsync();
            }
        });

        // Then: the reader got one result and the lanes did not run the rest
        Assert.Equal(1, read);
        Assert.True(ran < Items.Length, $"ran {ran}");
    }
}
