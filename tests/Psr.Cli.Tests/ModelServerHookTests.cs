using System.Net;
using System.Net.Sockets;
using Psr.Backends.OpenAI.Serving;
using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Extensions.External.Training;
using Psr.Roles;
using Psr.Pipeline.Stages;
using Psr.Roles.Backends;
using Psr.Serve.Tests.Runs;

namespace Psr.Cli.Tests;

/// <summary>
/// The per-model serving hook (<c>backends.server</c>): each stage that needs model Mk's policy or judge starts the
/// command for Mk's checkpoint, routes the served roles to it, and stops it when the stage ends. The command here is
/// <c>psr serve</c> itself, so the run must equal the in-process one.
/// </summary>
public sealed class ModelServerHookTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("psr-server-hook-").FullName;

    public ModelServerHookTests() => BigramBase.Save(BaseModel);

    private string BaseModel => Path.Combine(_dir, "base");

    private static string Psr => TrainerCommandLine.PosixQuote(Path.Combine(AppContext.BaseDirectory, "psr.dll"));

    /// <summary>The tiny sampled run, one round.</summary>
    private RunConfig Config() => LoopRuns.Config(0.5, BaseModel) with { Rounds = [new() { Name = "M2", Questions = 3 }] };

    /// <summary><see cref="Config"/> with both roles served by <paramref name="command"/> on <paramref name="port"/>.</summary>
    private RunConfig Served(string command, int port)
    {
        var role = new RoleBackendConfig
        {
            Backend = ModelBackend.OpenAiCompatible, MaxInFlight = 4, MaxRetries = 2, RetryBaseDelaySeconds = 0.05, RequestTimeoutSeconds = 60,
            ApiKeyVariable = "PSR_SERVE_TEST_NO_KEY",
        };
        return Config() with
        {
            Backends = new BackendsConfig
            {
                Policy = role, Judge = role with { MaxInFlight = 3 },
                Server = new ModelServerConfig { Command = command, Port = port, ReadyTimeoutSeconds = 120, StopTimeoutSeconds = 20 },
            },
        };
    }

    [Fact]
    public async Task A_run_whose_stages_start_psr_serve_for_their_model_equals_the_in_process_run()
    {
        // Given the in-process run, and a server command serving each stage's checkpoint under its path
        var own = Path.Combine(_dir, "own");
        await LoopRuns.RunAsync(Config(), own);
        var port = FreePort();
        var served = Path.Combine(_dir, "served");

        // When the same configuration runs with both roles on the server each stage starts
        await LoopRuns.RunAsync(Served($"dotnet {Psr} serve {{checkpoint}} --port {{port}} --served-model-name {{checkpoint}}", port), served);

        // Then every stage output is byte-identical, the roles went over HTTP, each served stage logged its server,
        // and the last server is gone (its port is free again)
        Assert.Equal(LoopRuns.Outputs(own), LoopRuns.Outputs(served));
        Assert.True(LoopRuns.Sum(served, "policyRequests") > 0 && LoopRuns.Sum(served, "judgeRequests") > 0);
        var logs = Directory.GetFiles(Path.Combine(served, "stages"), StageRoles.ServerLogFile, SearchOption.AllDirectories);
        Assert.True(logs.Length >= 3, $"server logs: {string.Join(", ", logs)}"); // M1 evaluation, round search, M2 evaluation
        Assert.True(IsFree(port), $"port {port} is still in use after the run");
    }

    [Fact]
    public async Task A_server_command_that_fails_stops_the_run_with_one_error_naming_it()
    {
        // Given a server command that cannot load the model
        var port = FreePort();
        var config = Served("echo \"cannot load {checkpoint}\" >&2; exit 4", port);

        // When the first stage needing the model starts it
        var e = await Assert.ThrowsAsync<PsrException>(() => LoopRuns.RunAsync(config, Path.Combine(_dir, "run")));

        // Then one error names the command as run, its exit code, the readiness URL, and its last output
        Assert.StartsWith("model server `echo \"cannot load '/", e.Message, StringComparison.Ordinal);
        Assert.Contains($"'\" >&2; exit 4` exited with code 4 before answering GET http://127.0.0.1:{port}/v1/models (log: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("): cannot load '/", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_serving_another_model_name_is_refused_and_stopped()
    {
        // Given psr serve started without --served-model-name (it then serves "model", not the checkpoint path)
        var port = FreePort();
        var config = Served($"dotnet {Psr} serve {{checkpoint}} --port {{port}}", port);

        // When the first stage starts it
        var e = await Assert.ThrowsAsync<PsrException>(() => LoopRuns.RunAsync(config, Path.Combine(_dir, "run")));

        // Then the error says which name is missing and what is listed, and the server was stopped
        Assert.Contains("is up but does not serve model \"/", e.Message, StringComparison.Ordinal);
        Assert.Contains("lists: \"model\"", e.Message, StringComparison.Ordinal);
        Assert.True(IsFree(port), $"port {port} is still in use");
    }

    [Fact]
    public async Task A_stage_that_fails_after_its_server_started_still_stops_the_server()
    {
        // Given a server whose token cap is below what the search asks for (every generation request gets a 400)
        var port = FreePort();
        var config = Served($"dotnet {Psr} serve {{checkpoint}} --port {{port}} --served-model-name {{checkpoint}} --max-tokens 2", port);

        // When the first served stage runs
        var e = await Assert.ThrowsAnyAsync<PsrException>(() => LoopRuns.RunAsync(config, Path.Combine(_dir, "run")));

        // Then the run stops with the server's 4xx, and the server was stopped with the stage
        Assert.Contains("HTTP 400", e.Message, StringComparison.Ordinal);
        Assert.True(IsFree(port), $"port {port} is still in use");
    }

    [Fact]
    public async Task Cancelling_while_waiting_for_the_server_kills_the_command_and_its_children()
    {
        // Given a command that never becomes ready, whose shell forks a child and records its id
        var pidFile = Path.Combine(_dir, "child.pid");
        var server = new ModelServerConfig
        {
            Command = $"sleep 300 & echo $! > {TrainerCommandLine.PosixQuote(pidFile)}; wait; echo {{checkpoint}}", Port = FreePort(), StopTimeoutSeconds = 5,
        };
        using var cancel = new CancellationTokenSource();
        var starting = ManagedServer.StartAsync(server, new RoleModel("M1", BaseModel), ["x"], null, Path.Combine(_dir, "server.log"), cancel.Token);
        while (!File.Exists(pidFile) || File.ReadAllText(pidFile).Trim().Length == 0)
            await Task.Delay(50);
        var child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);

        // When the stage is cancelled during the readiness wait
        await cancel.CancelAsync();

        // Then the start is cancelled, and the forked child is gone too
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => starting);
        Assert.False(IsRunning(child), $"child {child} still runs");
    }

    [Fact]
    public async Task A_port_already_in_use_is_refused_before_starting_anything()
    {
        // Given something already listening on the server's port
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var marker = Path.Combine(_dir, "started");

        // When a stage would start its server there
        var e = await Assert.ThrowsAsync<PsrException>(() => LoopRuns.RunAsync(Served($"touch {TrainerCommandLine.PosixQuote(marker)} {{checkpoint}}", port), Path.Combine(_dir, "run")));

        // Then the run stops with the port named, and the command never ran
        Assert.Contains($"already listens on 127.0.0.1:{port}", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(marker));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsRunning(int pid) =>
        File.Exists($"/proc/{pid}/stat") && File.ReadAllText($"/proc/{pid}/stat").Split(") ")[1][0] != 'Z';

    private static bool IsFree(int port)
    {
        using var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
