using Psr.Core.Errors;

namespace Psr.Backends.OpenAI.Client;

/// <summary>
/// One OpenAI-compatible endpoint a role talks to. Policy and judge each get their own (they may be different
/// servers or models). Validated once by <see cref="Validate"/>.
/// </summary>
public sealed record OpenAiEndpoint
{
    /// <summary>Base URL including the version path, as OpenAI clients take it. Default <c>http://127.0.0.1:8000/v1</c>.</summary>
    public string BaseUrl { get; init; } = "http://127.0.0.1:8000/v1";

    /// <summary>Model name sent as <c>model</c>. Required.</summary>
    public string Model { get; init; } = "";

    /// <summary>Route to call. Default <see cref="EndpointApi.Completions"/>.</summary>
    public EndpointApi Api { get; init; } = EndpointApi.Completions;

    /// <summary>
    /// Environment variable holding the API key (sent as a bearer token, never logged or put in an error). An unset
    /// variable sends no key. Default <c>OPENAI_API_KEY</c>.
    /// </summary>
    public string ApiKeyVariable { get; init; } = "OPENAI_API_KEY";

    /// <summary>Timeout of one attempt. Default 300 s (a 72B judge writing 1,024 tokens under load).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Retries after the first attempt for 408/429/5xx, connection errors and timeouts. Default 6.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>First backoff delay; doubles per retry, with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests in flight at once from one role. Default 32.</summary>
    public int MaxInFlight { get; init; } = 32;

    /// <summary>
    /// Largest response body read, in bytes; a larger one is a <see cref="BackendException"/> (a broken or hostile
    /// server must not fill memory). Default 64 MiB (16 choices × 1,024 tokens × 20 alternatives is about 10 MiB).
    /// </summary>
    public long MaxResponseBytes { get; init; } = 64L << 20;

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem with its value.</summary>
    public OpenAiEndpoint Validate()
    {
        var problems = new List<string>();
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            problems.Add($"BaseUrl ({BaseUrl}) must be an absolute http(s) URL");
        if (string.IsNullOrWhiteSpace(Model))
            problems.Add("Model is required");
        if (!Enum.IsDefined(Api))
            problems.Add($"Api ({Api}) is not a known value");
        if (RequestTimeout <= TimeSpan.Zero)
            problems.Add($"RequestTimeout ({RequestTimeout}) must be > 0");
        if (MaxRetries < 0)
            problems.Add($"MaxRetries ({MaxRetries}) must be >= 0");
        if (RetryBaseDelay < TimeSpan.Zero)
            problems.Add($"RetryBaseDelay ({RetryBaseDelay}) must be >= 0");
        if (MaxInFlight < 1)
            problems.Add($"MaxInFlight ({MaxInFlight}) must be >= 1");
        if (MaxResponseBytes < 1024)
            problems.Add($"MaxResponseBytes ({MaxResponseBytes}) must be >= 1024");
        ConfigException.ThrowIfAny(problems);
        return this;
    }

    /// <summary>The absolute URL of a route below <see cref="BaseUrl"/> (e.g. <c>completions</c>).</summary>
    public Uri Route(string path) => new(BaseUrl.TrimEnd('/') + "/" + path);
}
