namespace Psr.Backends.OpenAI.Client;

/// <summary>
/// Thread-safe counts of one client's traffic, for run reports: requests, retries, choices, truncated choices
/// (<c>finish_reason == "length"</c>) and skipped items.
/// </summary>
public sealed class BackendCounters
{
    private long _requests;
    private long _retries;
    private long _choices;
    private long _truncated;
    private long _skipped;

    /// <summary>Requests that returned a usable response.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Attempts repeated after a transient failure.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Choices received.</summary>
    public long Choices => Interlocked.Read(ref _choices);

    /// <summary>Choices cut by the token limit.</summary>
    public long Truncated => Interlocked.Read(ref _truncated);

    /// <summary>Items given up on and reported (e.g. a judge answer without a verdict).</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    /// <summary>Truncated share of all choices (0 when none).</summary>
    public double TruncationRate => Choices == 0 ? 0 : (double)Truncated / Choices;

    internal void AddRequest() => Interlocked.Increment(ref _requests);

    internal void AddRetry() => Interlocked.Increment(ref _retries);

    internal void AddSkip() => Interlocked.Increment(ref _skipped);

    /// <summary>Counts choices; returns the new truncated total when any of them was truncated, else 0.</summary>
    internal long AddChoices(int choices, int truncated)
    {
        Interlocked.Add(ref _choices, choices);
        return truncated == 0 ? 0 : Interlocked.Add(ref _truncated, truncated);
    }
}
