using System.Net;
using System.Net.Sockets;
using Psr.Backends.OpenAI.Client;
using Psr.Serve.Hosting;

namespace Psr.Serve.Tests;

public sealed class ServerLifecycleTests
{
    [Fact]
    public async Task A_bearer_key_is_required_when_configured()
    {
        // Given a server whose key comes from an environment variable
        using var checkpoint = new TinyCheckpoint();
        Environment.SetEnvironmentVariable("PSR_SERVE_TEST_KEY", "k-123");
        await using var server = await PsrServer.StartAsync(ServedModel.Load(checkpoint.Folder, "tiny"),
            new ServeOptions { Port = 0, ApiKeyVariable = "PSR_SERVE_TEST_KEY" });
        using var http = new HttpClient();

        // When called without the key, then with it
        var without = await http.GetAsync(new Uri(server.BaseAddress, "v1/models"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseAddress, "v1/models"));
        request.Headers.Authorization = new("Bearer", "k-123");
        var with = await http.SendAsync(request);

        // Then only the keyed call is let in, and the 401 does not echo the key
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.DoesNotContain("k-123", await without.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
    }

    [Fact]
    public async Task A_client_retries_until_a_restarted_server_answers()
    {
        // Given a port with no server yet, and a client that retries
        using var checkpoint = new TinyCheckpoint();
        var port = FreePort();
        var endpoint = new OpenAiEndpoint
        {
            BaseUrl = $"http://127.0.0.1:{port}/v1", Model = "tiny", MaxRetries = 8, RetryBaseDelay = TimeSpan.FromMilliseconds(100),
            ApiKeyVariable = "PSR_SERVE_TEST_NO_KEY",
        };
        using var client = new OpenAiClient(endpoint);
        var call = client.GenerateAsync(RemotePrompt.Raw("ab"), new RemoteSampling(2, 4, 0, 1, 0, []), CancellationToken.None);

        // When the server comes up after the first attempts failed
        while (client.Counters.Retries == 0 && !call.IsCompleted)
            await Task.Delay(10);
        await using var server = await PsrServer.StartAsync(ServedModel.Load(checkpoint.Folder, "tiny"), new ServeOptions { Port = port });

        // Then the same call succeeds, once
        var choices = await call;
        Assert.Equal(2, choices.Count);
        Assert.True(client.Counters.Retries >= 1);
        Assert.Equal(1, client.Counters.Requests);
    }

    [Fact]
    public async Task Stopping_lets_a_request_in_flight_finish()
    {
        // Given a server busy with a long request
        using var checkpoint = new TinyCheckpoint();
        var server = await PsrServer.StartAsync(ServedModel.Load(checkpoint.Folder, "tiny"),
            new ServeOptions { Port = 0, MaxTokens = 200, BatchWindow = TimeSpan.FromMilliseconds(200) });
        using var client = new OpenAiClient(new OpenAiEndpoint
        {
            BaseUrl = new Uri(server.BaseAddress, "v1").ToString(), Model = "tiny", MaxRetries = 0, ApiKeyVariable = "PSR_SERVE_TEST_NO_KEY",
        });
        var call = client.GenerateAsync(RemotePrompt.Raw("ab"), new RemoteSampling(4, 200, 1, 1, 5, []), CancellationToken.None);
        while (server.Batches == 0 && !call.IsCompleted && server.Queued == 0)
            await Task.Delay(5);

        // When the server is stopped
        await server.DisposeAsync();

        // Then the request in flight was still answered in full
        var choices = await call;
        Assert.Equal(4, choices.Count);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
