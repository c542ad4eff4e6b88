using Psr.Core.Errors;
using Psr.Serve.Hosting;

namespace Psr.Serve.Tests.Runs;

/// <summary>
/// The fault acceptance on whole runs with both roles served: a server stopped mid-run, a server down past
/// the retries, corrupted answers, a 4xx and an unreachable host are each bridged by retries or one clear error;
/// after the fault is gone the resumed run equals the in-process run (no pair lost, duplicated or wrong).
/// </summary>
[Collection(RunsCollection.Name)]
public sealed class RunFaultTests(ReferenceRuns reference) : IDisposable
{
    private const double Temperature = 0.5;
    private readonly string _dir = Directory.CreateTempSubdirectory("psr-fault-").FullName;

    [Fact]
    public async Task A_server_stopped_and_restarted_mid_run_is_bridged_by_retries_without_losing_or_duplicating_pairs()
    {
        // Given a served run whose server is stopped at the 40th request and started again on the same port
        var expected = await reference.OutputsAsync(Temperature);
        var server = await LoopRuns.ServeAsync(_dir);
        var port = server.BaseAddress.Port;
        Task? restart = null;
        using var handler = new FaultHandler
        {
            OnRequest = n =>
            {
                if (n == 40)
                    restart = Task.Run(async () =>
                    {
                        await server.StopAsync();
                        await Task.Delay(300);
                        server = await LoopRuns.ServeAsync(_dir, port);
                    });
            },
        };

        // When the run goes on
        try
        {
            await LoopRuns.RunAsync(LoopRuns.Served(reference.Config(Temperature), server.BaseAddress), _dir, handler);
        }
        finally
        {
            if (restart is not null)
                await restart;
            await server.DisposeAsync();
        }

        // Then the clients retried through the gap and every output equals the in-process run's
        Assert.NotNull(restart);
        Assert.True(LoopRuns.Sum(_dir, "policyRetries") + LoopRuns.Sum(_dir, "judgeRetries") > 0, "requests were retried");
        Assert.Equal(expected, LoopRuns.Outputs(_dir));
    }

    [Fact]
    public async Task A_server_down_past_the_retries_stops_the_run_with_one_clear_error_and_the_resumed_run_loses_no_pair()
    {
        // Given a served run with one retry whose server goes away at the 40th request
        var expected = await reference.OutputsAsync(Temperature);
        var server = await LoopRuns.ServeAsync(_dir);
        var config = LoopRuns.Served(reference.Config(Temperature), server.BaseAddress, maxRetries: 1, retryDelaySeconds: 0.01);
        Task? stop = null;
        using var handler = new FaultHandler { OnRequest = n => stop = n == 40 ? server.StopAsync() : stop };

        // When it runs
        var e = await Assert.ThrowsAnyAsync<PsrException>(() => LoopRuns.RunAsync(config, _dir, handler));
        await stop!;
        await server.DisposeAsync();

        // Then the error says which role and request failed and why, on one line
        Assert.Contains("cannot reach the server after 2 attempt(s)", e.Message, StringComparison.Ordinal);
        Assert.Matches("^(policy|judge), question ", e.Message);
        Assert.DoesNotContain('\n', e.Message);

        // When the server is back and the run is resumed
        await using var again = await LoopRuns.ServeAsync(_dir, server.BaseAddress.Port);
        await LoopRuns.RunAsync(config, _dir);

        // Then the run equals the in-process run
        Assert.Equal(expected, LoopRuns.Outputs(_dir));
    }

    [Theory]
    [InlineData("wrong n", "choices (n), got")]
    [InlineData("malformed", "malformed response")]
    public async Task A_corrupted_answer_stops_the_run_with_one_clear_error_and_never_a_wrong_pair(string fault, string message)
    {
        // Given a served run whose answers are corrupted from the 40th request on
        var expected = await reference.OutputsAsync(Temperature);
        await using var server = await LoopRuns.ServeAsync(_dir);
        var config = LoopRuns.Served(reference.Config(Temperature), server.BaseAddress);
        using var handler = new FaultHandler { CorruptFrom = 40, Corrupt = fault == "wrong n" ? FaultHandler.DropChoice : FaultHandler.Cut };

        // When it runs
        var e = await Assert.ThrowsAnyAsync<PsrException>(() => LoopRuns.RunAsync(config, _dir, handler));

        // Then one clear error, after the first corrupted answer
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.True(handler.Corrupted >= 1);

        // When the answers are sound again and the run is resumed, it equals the in-process run
        await LoopRuns.RunAsync(config, _dir);
        Assert.Equal(expected, LoopRuns.Outputs(_dir));
    }

    [Fact]
    public async Task A_model_the_server_does_not_serve_is_one_clear_4xx_error_without_retries()
    {
        // Given a served run naming a model the server does not have
        await using var server = await LoopRuns.ServeAsync(_dir);
        var config = LoopRuns.Served(reference.Config(Temperature), server.BaseAddress, model: "no-such-model");
        using var handler = new FaultHandler();
        var requests = 0;
        handler.OnRequest = n => requests = n;

        // When it runs
        var e = await Assert.ThrowsAnyAsync<PsrException>(() => LoopRuns.RunAsync(config, _dir, handler));

        // Then the error names the status and the model, and the 4xx was not retried (one request per role call in flight)
        Assert.Contains("HTTP 404", e.Message, StringComparison.Ordinal);
        Assert.Contains("no-such-model", e.Message, StringComparison.Ordinal);
        Assert.True(requests <= 4, $"{requests} requests");
    }

    [Fact]
    public async Task An_unreachable_host_is_one_clear_error()
    {
        // Given a served run pointing at a port nothing listens on
        var config = LoopRuns.Served(reference.Config(Temperature), new Uri("http://127.0.0.1:9/"), maxRetries: 1, retryDelaySeconds: 0.01);

        // When it runs
        var e = await Assert.ThrowsAnyAsync<PsrException>(() => LoopRuns.RunAsync(config, _dir));

        // Then
        Assert.Contains("http://127.0.0.1:9/v1/completions: cannot reach the server after 2 attempt(s)", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
