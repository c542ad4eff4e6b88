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

    /// <summary>Records <paramref name="calls"/> comparisons judged by a model.</summary>
    public static void Judged(long calls) => Current?.Add(new WorkTotals(JudgeCalls: calls));

    private void Add(WorkTotals work)
    {
        lock (_gate)
            _totals = _totals.Plus(work);
    }

    private sealed class Restore(WorkMeter? previous) : IDisposable
    {
        public void Dispose() => Scoped.Value = previous;
    }
}
