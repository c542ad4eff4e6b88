using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using CliWrap;
using Psr.Protocol.OpenAI;
using Psr.Core.Errors;
using Psr.Roles;
using Psr.Roles.Backends;

namespace Psr.Backends.OpenAI.Serving;

/// <summary>
/// A model server psr started for one stage (<see cref="ModelServerConfig"/>): the command for the stage's checkpoint,
/// run through the shell (CliWrap) with its output in a log file; ready once <c>GET /v1/models</c> lists the names the
/// roles send. <see cref="DisposeAsync"/> stops it: SIGTERM to the command's whole process tree, then, after
/// <see cref="ModelServerConfig.StopTimeoutSeconds"/>, SIGKILL.
/// </summary>
public sealed class ManagedServer : IAsyncDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private readonly ModelServerConfig _config;
    private readonly ServerLog _log;
    private readonly CancellationTokenSource _kill = new();
    private readonly CommandTask<CommandResult> _run;
    private int _stopped;

    private ManagedServer(ModelServerConfig config, string commandLine, ServerLog log)
    {
        (_config, CommandLine, _log) = (config, commandLine, log);
        var windows = OperatingSystem.IsWindows();
        _run = Cli.Wrap(windows ? "cmd.exe" : "/bin/sh")
            .WithArguments(windows ? ["/c", commandLine] : ["-c", commandLine])
            .WithValidation(CommandResultValidation.None)
            .WithStandardOutputPipe(PipeTarget.ToDelegate(log.Line))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(log.Line))
            .ExecuteAsync(_kill.Token);
    }

    /// <summary>The command as run (placeholders filled).</summary>
    public string CommandLine { get; }

    /// <summary>What the roles call.</summary>
    public string BaseUrl => _config.BaseUrl();

    /// <summary>
    /// Starts the server for <paramref name="model"/> and waits until it lists every name in
    /// <paramref name="servedNames"/>; one <see cref="PsrException"/> when the port is taken, the command exits first,
    /// it does not answer in time, or it serves other names (the server is stopped then).
    /// </summary>
    public static async Task<ManagedServer> StartAsync(ModelServerConfig config, RoleModel model, IReadOnlyList<string> servedNames, string? apiKeyVariable,
        string logPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(servedNames);
        await EnsurePortFreeAsync(config, cancellationToken).ConfigureAwait(false);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{checkpoint}"] = Path.GetFullPath(model.Directory),
            ["{port}"] = config.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{model}"] = model.Name,
        };
        var server = new ManagedServer(config, TrainerCommandLine.Fill(config.Command!, values, OperatingSystem.IsWindows()), new ServerLog(logPath));
        try
        {
            await server.WaitReadyAsync(servedNames, apiKeyVariable, cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch (Exception)
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the server (idempotent): SIGTERM to its process tree, SIGKILL after the stop timeout.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
            return;
        if (!_run.Task.IsCompleted)
        {
            var tree = ProcessTree.Of(_run.ProcessId);
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(_config.StopTimeoutSeconds);
            if (tree.Terminate())
            {
                while (DateTime.UtcNow < deadline && (!_run.Task.IsCompleted || tree.AnyAlive()))
                    await Task.Delay(Poll / 2).ConfigureAwait(false);
            }
            if (!_run.Task.IsCompleted || tree.AnyAlive())
            {
                tree.Kill();
                await _kill.CancelAsync().ConfigureAwait(false);
            }
        }
        try
        {
            await _run;
        }
        catch (OperationCanceledException) when (_kill.IsCancellationRequested)
        {
            // killed on purpose after the stop timeout
        }
        _kill.Dispose();
        _log.Dispose();
    }

    private async Task WaitReadyAsync(IReadOnlyList<string> servedNames, string? apiKeyVariable, CancellationToken cancellationToken)
    {
        var url = $"{BaseUrl}/models";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        if (apiKeyVariable is not null && Environment.GetEnvironmentVariable(apiKeyVariable) is { Length: > 0 } key)
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(_config.ReadyTimeoutSeconds);
        while (true)
        {
            if (_run.Task.IsCompleted)
                throw new PsrException($"model server `{CommandLine}` exited with code {await ExitCodeAsync().ConfigureAwait(false)} before answering GET {url}{_log.Describe()}");
            if (await ListAsync(http, url, cancellationToken).ConfigureAwait(false) is { } listed)
            {
                var missing = servedNames.Where(n => !listed.Contains(n, StringComparer.Ordinal)).ToList();
                if (missing.Count == 0)
                    return;
                throw new PsrException($"model server `{CommandLine}` is up but does not serve model \"{missing[0]}\" (GET {url} lists: {string.Join(", ", listed.Select(n => $"\"{n}\""))}); " +
                                       "serve it under the name the roles send (backends.policy/judge.model)");
            }
            if (DateTime.UtcNow > deadline)
                throw new PsrException($"model server `{CommandLine}` did not answer GET {url} within {_config.ReadyTimeoutSeconds:0.##} s{_log.Describe()}");
            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The listed model ids, or null while the server does not answer yet (no connection, timeout, non-2xx).</summary>
    private static async Task<IReadOnlyList<string>?> ListAsync(HttpClient http, string url, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            return null; // not listening yet
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null; // this poll timed out
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
                return null; // e.g. 503 while loading
            try
            {
                var list = await response.Content.ReadFromJsonAsync<ModelList>(WireJson.Options, cancellationToken).ConfigureAwait(false);
                return list?.Data?.Select(m => m.Id).ToList() ?? throw new JsonException("no data");
            }
            catch (JsonException e)
            {
                throw new PsrException($"GET {url} answered {(int)response.StatusCode} but not with an OpenAI model list: {e.Message}");
            }
        }
    }

    private async Task<int> ExitCodeAsync()
    {
        try
        {
            return (await _run).ExitCode;
        }
        catch (OperationCanceledException)
        {
            return -1;
        }
    }

    private static async Task EnsurePortFreeAsync(ModelServerConfig config, CancellationToken cancellationToken)
    {
        using var probe = new TcpClient();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await probe.ConnectAsync(config.Host, config.Port, limit.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return; // nothing listens there
        }
        throw new PsrException($"backends.server: something already listens on {config.Host}:{config.Port} (a server left running?); stop it or set backends.server.port");
    }
}
