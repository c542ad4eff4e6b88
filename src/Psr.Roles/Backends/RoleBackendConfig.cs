using Psr.Core.Errors;

namespace Psr.Roles.Backends;

/// <summary>
/// Where one model role (policy or judge) runs: the in-process TorchSharp model (default) or an OpenAI-compatible
/// endpoint. The endpoint must serve the model the stage uses; <see cref="Model"/> names it with placeholders.
/// </summary>
public sealed record RoleBackendConfig
{
    /// <summary>In-process or served. Default <see cref="ModelBackend.TorchSharp"/> (in-process).</summary>
    public ModelBackend Backend { get; init; } = ModelBackend.TorchSharp;

    /// <summary>
    /// Base URL including <c>/v1</c> (a bare <c>http://host:port</c> gets <c>/v1</c>). Required for a served role unless
    /// <see cref="BackendsConfig.Server"/> starts the server (then null routes the role to it). Default none.
    /// </summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Model name sent as <c>model</c>; <c>{checkpoint}</c> becomes the absolute folder of the stage's model (what
    /// <c>vllm serve DIR</c> and <c>psr serve --checkpoints-under</c> call it), <c>{model}</c> its name (M1, M2, …).
    /// Default <c>{checkpoint}</c>.
    /// </summary>
    public string Model { get; init; } = "{checkpoint}";

    /// <summary>Route. Default <see cref="EndpointRoute.Completions"/>.</summary>
    public EndpointRoute Api { get; init; } = EndpointRoute.Completions;

    /// <summary>Environment variable holding the API key (sent as a bearer token, never logged). Default <c>OPENAI_API_KEY</c>.</summary>
    public string ApiKeyVariable { get; init; } = "OPENAI_API_KEY";

    /// <summary>Requests in flight at once from this role. Default 32.</summary>
    public int MaxInFlight { get; init; } = 32;

    /// <summary>Timeout of one attempt, in seconds. Default 300.</summary>
    public double RequestTimeoutSeconds { get; init; } = 300;

    /// <summary>Retries after the first attempt for 408/429/5xx, connection errors and timeouts. Default 6.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>First backoff delay in seconds; doubles per retry, with jitter, capped at 60 s. Default 1.</summary>
    public double RetryBaseDelaySeconds { get; init; } = 1;

    /// <summary>Whether this role goes over HTTP.</summary>
    public bool IsServed() => Backend == ModelBackend.OpenAiCompatible;

    /// <summary>The model name for a stage's model.</summary>
    public string ModelFor(string modelName, string checkpointDir) =>
        Model.Replace("{checkpoint}", Path.GetFullPath(checkpointDir), StringComparison.Ordinal)
            .Replace("{model}", modelName, StringComparison.Ordinal);

    /// <summary>
    /// Every problem of this section (endpoint fields are checked only for a served role); <paramref name="managedServer"/>:
    /// psr starts the server, so a missing <see cref="BaseUrl"/> is allowed.
    /// </summary>
    public IReadOnlyList<string> Problems(string path, bool managedServer = false)
    {
        var p = new ConfigProblems(path);
        p.Check(Enum.IsDefined(Backend), nameof(Backend), Backend, "unknown value");
        if (!IsServed())
            return p.Items;
        p.Check((managedServer && BaseUrl is null) || Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps),
                nameof(BaseUrl), BaseUrl, managedServer ? "must be an absolute http(s) URL, or null for the server backends.server starts" : "an absolute http(s) URL is required for the OpenAiCompatible backend")
            .Check(!string.IsNullOrWhiteSpace(Model), nameof(Model), Model, "must not be blank")
            .Check(Enum.IsDefined(Api), nameof(Api), Api, "unknown value")
            .Check(!string.IsNullOrWhiteSpace(ApiKeyVariable), nameof(ApiKeyVariable), ApiKeyVariable, "must name an environment variable")
            .Check(MaxInFlight >= 1, nameof(MaxInFlight), MaxInFlight, "must be >= 1")
            .Check(RequestTimeoutSeconds > 0 && double.IsFinite(RequestTimeoutSeconds), nameof(RequestTimeoutSeconds), RequestTimeoutSeconds, "must be > 0")
            .Check(MaxRetries >= 0, nameof(MaxRetries), MaxRetries, "must be >= 0")
            .Check(RetryBaseDelaySeconds >= 0 && double.IsFinite(RetryBaseDelaySeconds), nameof(RetryBaseDelaySeconds), RetryBaseDelaySeconds, "must be >= 0");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate(string path) => ConfigException.ThrowIfAny(Problems(path));
}
