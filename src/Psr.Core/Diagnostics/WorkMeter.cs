using System.Diagnostics;

namespace Psr.Core.Diagnostics;

/// <summary>
/// Counts the work of the hot loops (training steps, generation, model judging) run inside a <see cref="Measure"/>
/// scope. The scope is an <see cref="AsyncLocal{T}"/>, so it follows the stage's awaits and tasks without being passed
/// through every call; outside any scope the recording calls do nothing. Thread-safe.
/// </summary>
public sealed class WorkMeter
{
    private static readonly AsyncLocal<WorkMeter?> Scoped = new();
    private readonly Lock _gate = new();
    private WorkTotals _totals = WorkTotals.None;
    private int _running; // generation calls open now
    private long _runningSince;

    /// <summary>The meter of the enclosing scope, or null.</summary>
    public static WorkMeter? Current => Scoped.Value;

    /// <summary>What was recorded so far.</summary>
    public WorkTotals Totals
    {
        get
        {
            lock (_gate)
                return _totals;
        }
    }

    /// <summary>Makes <paramref name="meter"/> the current one until the returned scope is disposed.</summary>
    public static IDisposable Measure(WorkMeter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        var previous = Scoped.Value;
        Scoped.Value = meter;
        return new Restore(previous);
    }

    /// <summary>Records training passes: <paramref name="tokens"/> through a model of <paramref name="parameters"/> parameters.</summary>
    public static void Trained(long tokens, long parameters, TimeSpan elapsed) =>
        Current?.Add(new WorkTotals(TrainTokens: tokens, TrainFlops: 6.0 * parameters * tokens, TrainSeconds: elapsed.TotalSeconds));

    /// <summary>Records one generation call.</summary>
    public static void Sampled(long sampledTokens, long prefillTokens, long decodeSlots, TimeSpan elapsed) =>
        Current?.Add(new WorkTotals(SampledTokens: sampledTokens, PrefillTokens: prefillTokens, DecodeSlots: decodeSlots,
            SampleSeconds: elapsed.TotalSeconds));

    /// <summary>
    /// Opens one generation call; its <see cref="SamplingCall.Done"/> records the work, and disposing it the time.
    /// Calls that overlap (search lanes on several threads) add their wall seconds once: the meter counts the time
    /// during which at least one call runs, so tokens per second stay a throughput.
    /// </summary>
    public static SamplingCall Sampling() => new(Current);

    /// <summary>Records <paramref name="calls"/> comparisons judged by a model.</summary>
    public static void Judged(long calls) => Current?.Add(new WorkTotals(JudgeCalls: calls));

    private void Add(WorkTotals work)
    {
        lock (_gate)
            _totals = _totals.Plus(work);
    }

    private void Enter()
    {
        lock (_gate)
        {
            if (_running++ == 0)
                _runningSince = Stopwatch.GetTimestamp();
        }
    }

    private void Exit()
    {
        lock (_gate)
        {
            if (--_running == 0)
                _totals = _totals.Plus(new WorkTotals(SampleSeconds: Stopwatch.GetElapsedTime(_runningSince).TotalSeconds));
        }
    }

    /// <summary>One generation call in a meter's scope (or none): <see cref="Done"/> records its work, Dispose its end.</summary>
    public sealed class SamplingCall : IDisposable
    {
        private readonly WorkMeter? _meter;
        private bool _disposed;

        internal SamplingCall(WorkMeter? meter)
        {
            _meter = meter;
            _meter?.Enter();
        }

        /// <summary>Records the call's tokens: sampled, prefilled (padded prompts × length) and decoding row slots.</summary>
        public void Done(long sampledTokens, long prefillTokens, long decodeSlots) =>
            _meter?.Add(new WorkTotals(SampledTokens: sampledTokens, PrefillTokens: prefillTokens, DecodeSlots: decodeSlots));

        /// <inheritdoc />
        public void Dispose()
        {
            if (_disposed)
                return;
            _disposed = true;
            _meter?.Exit();
        }
    }

    private sealed class Restore(WorkMeter? previous) : IDisposable
    {
        public void Dispose() => Scoped.Value = previous;
    }
}
