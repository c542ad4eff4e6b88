using System.Diagnostics;
using Psr.Backends.OpenAI.Client;

namespace Psr.Bench.Serve;

/// <summary>
/// One load phase: <c>clients</c> loops, each sending completion requests back to back for a fixed time through its
/// own <see cref="OpenAiClient"/> with retries off (a failure is counted, never hidden by a retry).
/// </summary>
internal sealed class LoadPhase
{
    private readonly List<double> _latencies = [];
    private readonly Lock _gate = new();
    private long _failed;
    private long _choices;
    private string? _firstError;

    public long Failed => Interlocked.Read(ref _failed);

    public long Choices => Interlocked.Read(ref _choices);

    public string? FirstError => _firstError;

    public int Succeeded => _latencies.Count;

    public double Seconds { get; private set; }

    /// <summary>Runs the phase against <paramref name="endpoint"/>.</summary>
    public static async Task<LoadPhase> RunAsync(OpenAiEndpoint endpoint, int clients, TimeSpan duration)
    {
        var phase = new LoadPhase();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => phase.ClientAsync(endpoint, c, clock, duration))));
        phase.Seconds = clock.Elapsed.TotalSeconds;
        return phase;
    }

    /// <summary>The latency at quantile <paramref name="q"/> in milliseconds (nearest rank).</summary>
    public double Percentile(double q)
    {
        var sorted = _latencies.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private async Task ClientAsync(OpenAiEndpoint endpoint, int client, Stopwatch clock, TimeSpan duration)
    {
        using var http = new OpenAiClient(endpoint);
        var random = new Random(client);
        while (clock.Elapsed < duration)
        {
            // A mix like the loop's: sampled step candidates (n = 4, seeded) and greedy judge-like answers (n = 1).
            var greedy = random.Next(4) == 0;
            var sampling = greedy
                ? new RemoteSampling(1, 24, 0, 1, 0, ["\n"])
                : new RemoteSampling(4, 12, 0.8, 0.95, random.NextInt64(), ["\n"]);
            var prompt = RemotePrompt.Raw($"{random.Next(100)}+{random.Next(100)}=?\n{random.Next(10)} ");
            var started = clock.Elapsed;
            try
            {
                var choices = await http.GenerateAsync(prompt, sampling, CancellationToken.None);
                var ms = (clock.Elapsed - started).TotalMilliseconds;
                lock (_gate)
                    _latencies.Add(ms);
                Interlocked.Add(ref _choices, choices.Count);
            }
            catch (BackendException e)
            {
                Interlocked.Increment(ref _failed);
                Interlocked.CompareExchange(ref _firstError, e.Message, null);
            }
        }
    }
}
