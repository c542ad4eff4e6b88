using System.Net;
using Psr.Core.Errors;

namespace Psr.Serve.Hosting;

/// <summary>How <c>psr serve</c> listens and what it accepts. Validated once by <see cref="Validate"/>.</summary>
public sealed record ServeOptions
{
    /// <summary>Address to bind. Default <c>127.0.0.1</c> (loopback only; bind 0.0.0.0 deliberately).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free one (tests). Default 8000 (vLLM's).</summary>
    public int Port { get; init; } = 8000;

    /// <summary>Name clients pass as <c>model</c>. Default: the checkpoint folder's name.</summary>
    public string? ModelName { get; init; }

    /// <summary>
    /// Environment variable holding the bearer key clients must send; null = no key required. Named but unset or empty,
    /// the server refuses to start (a typo must not serve without a key). The key itself never appears in options,
    /// logs or errors. Default null.
    /// </summary>
    public string? ApiKeyVariable { get; init; }

    /// <summary>Largest request body in bytes; larger → 413. Default 1 MiB.</summary>
    public long MaxRequestBytes { get; init; } = 1 << 20;

    /// <summary>Largest <c>n</c>; larger → 400. Default 16.</summary>
    public int MaxN { get; init; } = 16;

    /// <summary>Largest <c>max_tokens</c>; larger → 400. Also chat's default when a request gives none. Default 1024.</summary>
    public int MaxTokens { get; init; } = 1024;

    /// <summary>Most prompts in one completions request. Default 64.</summary>
    public int MaxPrompts { get; init; } = 64;

    /// <summary>How long the batcher waits for more requests after the first one. Default 5 ms.</summary>
    public TimeSpan BatchWindow { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>Most prompts run as one generation batch. Default 32.</summary>
    public int MaxBatchPrompts { get; init; } = 32;

    /// <summary>
    /// Most tokens one request may ask for: Σ over its prompts of n × (prompt tokens + max_tokens), the rows and
    /// positions its generation holds in memory; more → 400 with the numbers. Default 65,536.
    /// </summary>
    public long MaxRequestTokens { get; init; } = 1 << 16;

    /// <summary>Most tokens (the same measure) in one generation batch; at least <see cref="MaxRequestTokens"/>. Default 131,072.</summary>
    public long MaxBatchTokens { get; init; } = 1 << 17;

    /// <summary>Most requests waiting per model; more → 429 with <c>Retry-After</c>. Default 256.</summary>
    public int MaxQueuedRequests { get; init; } = 256;

    /// <summary>How long a request may take, queueing included; longer → 504 and its rows are freed. Default 15 min.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Also serve any checkpoint folder inside this folder, named by its path (absolute, or relative to this folder),
    /// loaded on the first request that names it; one such checkpoint is resident at a time (the loop's rounds use one
    /// model per stage). Default none.
    /// </summary>
    public string? CheckpointsUnder { get; init; }

    /// <summary>How long shutdown waits for requests in flight. Default 30 s.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem with its value.</summary>
    public ServeOptions Validate()
    {
        var problems = new List<string>();
        if (CheckpointsUnder is { } under && !Directory.Exists(under))
            problems.Add($"CheckpointsUnder ({under}) is not a folder");
        if (!IPAddress.TryParse(Host, out _) && Host != "localhost")
            problems.Add($"Host ({Host}) must be an IP address or localhost");
        if (Port is < 0 or > 65535)
            problems.Add($"Port ({Port}) must be in 0..65535");
        if (ModelName is { } name && string.IsNullOrWhiteSpace(name))
            problems.Add("ModelName must not be blank");
        if (MaxRequestBytes < 1024)
            problems.Add($"MaxRequestBytes ({MaxRequestBytes}) must be >= 1024");
        if (MaxN < 1)
            problems.Add($"MaxN ({MaxN}) must be >= 1");
        if (MaxTokens < 1)
            problems.Add($"MaxTokens ({MaxTokens}) must be >= 1");
        if (MaxPrompts < 1)
            problems.Add($"MaxPrompts ({MaxPrompts}) must be >= 1");
        if (BatchWindow < TimeSpan.Zero)
            problems.Add($"BatchWindow ({BatchWindow}) must be >= 0");
        if (MaxBatchPrompts < 1)
            problems.Add($"MaxBatchPrompts ({MaxBatchPrompts}) must be >= 1");
        if (MaxRequestTokens < 1)
            problems.Add($"MaxRequestTokens ({MaxRequestTokens}) must be >= 1");
        if (MaxBatchTokens < MaxRequestTokens)
            problems.Add($"MaxBatchTokens ({MaxBatchTokens}) must be >= MaxRequestTokens ({MaxRequestTokens})");
        if (MaxQueuedRequests < 1)
            problems.Add($"MaxQueuedRequests ({MaxQueuedRequests}) must be >= 1");
        if (RequestTimeout <= TimeSpan.Zero)
            problems.Add($"RequestTimeout ({RequestTimeout}) must be > 0");
        if (ApiKeyVariable is { } variable && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
            problems.Add($"ApiKeyVariable: the environment variable {variable} is unset or empty (set it, or drop --api-key-env)");
        if (ShutdownTimeout < TimeSpan.Zero)
            problems.Add($"ShutdownTimeout ({ShutdownTimeout}) must be >= 0");
        ConfigException.ThrowIfAny(problems);
        return this;
    }
}
