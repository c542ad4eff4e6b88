using Psr.Core.Errors;

namespace Psr.Roles.Backends;

/// <summary>
/// A model server psr starts per stage (optional): each stage whose policy or judge is served runs
/// <see cref="Command"/> for the checkpoint of the model it uses (e.g. M2's), waits until <c>GET /v1/models</c>
/// answers, sends the served roles that name no <see cref="RoleBackendConfig.BaseUrl"/> to
/// <c>http://{Host}:{Port}/v1</c>, and stops the server when the stage ends (also on failure or cancel).
/// </summary>
public sealed record ModelServerConfig
{
    /// <summary>
    /// Shell command line (<c>/bin/sh -c</c>; <c>cmd /c</c> on Windows) serving one checkpoint, placeholders replaced
    /// by quoted values: <c>{checkpoint}</c> the absolute folder of the stage's model (required), <c>{port}</c>
    /// <see cref="Port"/>, <c>{model}</c> the model's name in the run (M1, M2, …). The server must serve it under the
    /// name the roles send (<see cref="RoleBackendConfig.Model"/>, by default <c>{checkpoint}</c>: what
    /// <c>vllm serve {checkpoint}</c> does, and <c>psr serve {checkpoint} --served-model-name {checkpoint}</c>).
    /// Null = servers are started by hand. Default null.
    /// </summary>
    public string? Command { get; init; }

    /// <summary>Address the server listens on and the roles call. Default <c>127.0.0.1</c>.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port the server listens on (must be free when a stage starts it). Default 8000.</summary>
    public int Port { get; init; } = 8000;

    /// <summary>Longest wait, in seconds, for <c>/v1/models</c> to answer after the start (vLLM loads weights and warms up first). Default 600.</summary>
    public double ReadyTimeoutSeconds { get; init; } = 600;

    /// <summary>Wait, in seconds, after the graceful stop signal (SIGINT) before the server's processes are killed. Default 30.</summary>
    public double StopTimeoutSeconds { get; init; } = 30;

    /// <summary>Whether psr starts servers.</summary>
    public bool IsEnabled() => Command is not null;

    /// <summary>The base URL the routed roles call.</summary>
    public string BaseUrl() => $"http://{(Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host)}:{Port}/v1";

    /// <summary>Every problem of this section (the fields are checked only when <see cref="Command"/> is set).</summary>
    public IReadOnlyList<string> Problems(string path)
    {
        var p = new ConfigProblems(path);
        if (Command is null)
            return p.Items;
        p.Check(!string.IsNullOrWhiteSpace(Command), nameof(Command), Command, "must not be blank (null = servers started by hand)")
            .Check(Command.Contains("{checkpoint}", StringComparison.Ordinal), nameof(Command), Command, "must contain {checkpoint} (the folder of the model to serve)")
            .Check(Uri.CheckHostName(Host) is UriHostNameType.IPv4 or UriHostNameType.IPv6 or UriHostNameType.Dns, nameof(Host), Host, "must be a host name or IP address")
            .Check(Port is >= 1 and <= 65535, nameof(Port), Port, "must be in 1..65535")
            .Check(ReadyTimeoutSeconds > 0 && double.IsFinite(ReadyTimeoutSeconds), nameof(ReadyTimeoutSeconds), ReadyTimeoutSeconds, "must be > 0")
            .Check(StopTimeoutSeconds >= 0 && double.IsFinite(StopTimeoutSeconds), nameof(StopTimeoutSeconds), StopTimeoutSeconds, "must be >= 0");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate(string path) => ConfigException.ThrowIfAny(Problems(path));
}
