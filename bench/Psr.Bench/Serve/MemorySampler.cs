using System.Diagnostics;

namespace Psr.Bench.Serve;

/// <summary>Takes a <see cref="MemorySample"/> every interval in the background, labelled with the current phase.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly List<MemorySample> _samples = [];
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private string _phase = "start";

    public MemorySampler(TimeSpan interval)
    {
        Mark("start");
        _loop = LoopAsync(interval);
    }

    public IReadOnlyList<MemorySample> Samples
    {
        get
        {
            lock (_gate)
                return [.. _samples];
        }
    }

    /// <summary>Starts a phase and records a sample at its start.</summary>
    public MemorySample Mark(string phase)
    {
        lock (_gate)
        {
            _phase = phase;
            var sample = MemorySample.Take(_clock.Elapsed.TotalSeconds, phase);
            _samples.Add(sample);
            return sample;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task LoopAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                lock (_gate)
                    _samples.Add(MemorySample.Take(_clock.Elapsed.TotalSeconds, _phase));
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // the sampler was stopped
        }
    }
}
