using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Psr.Core.Errors;
using Psr.Serve.Hosting;
using TorchSharp;

namespace Psr.Serve.Tests;

/// <summary>psr serve bounds its work: token budgets, the batch limit, a bounded queue, dropped clients, a time limit.</summary>
[Collection(TensorCountCollection.Name)]
public sealed class ServeLimitsTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task An_over_budget_request_is_a_400_with_the_numbers_and_allocates_nothing()
    {
        // Given a server whose request budget is 300 tokens, warmed up by one request
        using var checkpoint = new TinyCheckpoint();
        await using var server = await PsrServer.StartAsync(ServedModel.Load(checkpoint.Folder, "tiny"),
            new ServeOptions { Port = 0, MaxN = 16, MaxTokens = 64, MaxRequestTokens = 300, MaxBatchTokens = 600 });
        Assert.Equal(HttpStatusCode.OK, (await Post(server, """{"model":"tiny","prompt":"ab","max_tokens":2,"temperature":0}""")).StatusCode);
        var (tensors, queued) = (torch.Tensor.TotalCount, server.Queued);

        // When a request asks for 4 prompts × n 4 × (2 prompt tokens + 32)
        var response = await Post(server, """{"model":"tiny","prompt":["ab","cd","ef","gh"],"n":4,"max_tokens":32}""");

        // Then it is refused with the arithmetic, before any job or tensor exists
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["message"]!;
        Assert.Contains("needs 544 tokens", message);
        Assert.Contains("budget of 300 tokens", message);
        Assert.Equal((tensors, queued), (torch.Tensor.TotalCount, server.Queued));
    }

    [Fact]
    public async Task A_batch_never_grows_past_its_prompt_limit()
    {
        // Given a batch limit of 2 prompts and a window long enough for both requests to arrive
        using var checkpoint = new TinyCheckpoint();
        await using var server = await PsrServer.StartAsync(ServedModel.Load(checkpoint.Folder, "tiny"),
            new ServeOptions { Port = 0, MaxTokens = 8, MaxBatchPrompts = 2, BatchWindow = TimeSpan.FromSeconds(1) });

        // When a 1-prompt and a 2-prompt request (same sampling) arrive together
        var responses = await Task.WhenAll(
            Post(server, """{"model":"tiny","prompt":"ab","max_tokens":2,"temperature":0}"""),
            Post(server, """{"model":"tiny","prompt":["cd","ef"],"max_tokens":2,"temperature":0}"""));

        // Then both succeed in two batches (adding the second would make 3 prompts)
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(2, server.Batches);
    }

    [Fact]
    public async Task A_flood_past_the_queue_gets_429s_and_every_admitted_request_succeeds()
    {
        // Given a queue of 2 requests drained one prompt per batch
        using var checkpoint = new TinyCheckpoint();
        await using var server = await PsrServer.StartAsync(ServedModel.Load(checkpoint.Folder, "tiny"),
            new ServeOptions { Port = 0, MaxTokens = 8, MaxQueuedRequests = 2, MaxBatchPrompts = 1, BatchWindow = TimeSpan.FromMilliseconds(300) });

        // When 24 requests arrive at once
        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            Post(server, $$"""{"model":"tiny","prompt":"a{{i % 10}}","max_tokens":3,"temperature":0}""")));

        // Then the overflow is told to come back later, and nothing else fails
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        var admitted = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        Assert.NotEmpty(refused);
        Assert.True(admitted.Count >= 2, $"{admitted.Count} admitted");
        Assert.Equal(24, refused.Count + admitted.Count);
        Assert.All(refused, r => Assert.Equal(TimeSpan.FromSeconds(1), r.Headers.RetryAfter?.Delta));
        foreach (var ok in admitted)
            Assert.Single(JsonNode.Parse(await ok.Content.ReadAsStringAsync())!["choices"]!.AsArray());
    }

    [Fact]
    public async Task A_client_that_goes_away_has_its_job_dropped_before_it_runs()
    {
        // Given a batch window of 2.5 s
        using var checkpoint = new TinyCheckpoint();
        await using var server = await PsrServer.StartAsync(ServedModel.Load(checkpoint.Folder, "tiny"),
            new ServeOptions { Port = 0, MaxTokens = 64, BatchWindow = TimeSpan.FromMilliseconds(2500) });

        // When one client hangs up while its request waits and another stays
        using var hangUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(800));
        var gone = Http.PostAsync(new Uri(server.BaseAddress, "v1/completions"), Json("""{"model":"tiny","prompt":"ab","n":8,"max_tokens":60}"""), hangUp.Token);
        var stays = await Post(server, """{"model":"tiny","prompt":"cd","max_tokens":2,"temperature":0}""");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gone);

        // Then the staying one is answered and the other's job (8 rows) never ran
        Assert.Equal(HttpStatusCode.OK, stays.StatusCode);
        await WaitFor(() => server.Dropped == 1);
        Assert.Equal(1, server.Batches);
    }

    [Fact]
    public async Task A_request_past_its_time_limit_is_a_504_and_its_job_is_dropped()
    {
        // Given a 200 ms request limit and a 1 s batch window
        using var checkpoint = new TinyCheckpoint();
        await using var server = await PsrServer.StartAsync(ServedModel.Load(checkpoint.Folder, "tiny"),
            new ServeOptions { Port = 0, MaxTokens = 8, BatchWindow = TimeSpan.FromSeconds(1), RequestTimeout = TimeSpan.FromMilliseconds(200) });

        // When a request waits longer than that
        var response = await Post(server, """{"model":"tiny","prompt":"ab","max_tokens":2}""");

        // Then it gets a 504 naming the limit, and its job is dropped instead of run
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("limit of 0.2 s", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await WaitFor(() => server.Dropped == 1);
        Assert.Equal(0, server.Batches);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task A_named_but_unset_or_empty_key_variable_refuses_to_start(string? value)
    {
        // Given a key variable that is unset or empty
        using var checkpoint = new TinyCheckpoint();
        var variable = "PSR_SERVE_TEST_KEY_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, value);

        // When the server is started with it
        var e = await Assert.ThrowsAsync<ConfigException>(() => PsrServer.StartAsync(ServedModel.Load(checkpoint.Folder, "tiny"),
            new ServeOptions { Port = 0, ApiKeyVariable = variable }));

        // Then it refuses with one line naming the variable
        Assert.Contains($"{variable} is unset or empty", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task A_port_already_in_use_is_one_line()
    {
        using var checkpoint = new TinyCheckpoint();
        await using var first = await PsrServer.StartAsync(ServedModel.Load(checkpoint.Folder, "tiny"), new ServeOptions { Port = 0 });

        var e = await Assert.ThrowsAsync<PsrException>(() => PsrServer.StartAsync(ServedModel.Load(checkpoint.Folder, "tiny"),
            new ServeOptions { Port = first.BaseAddress.Port }));

        Assert.Equal($"--port {first.BaseAddress.Port}: address 127.0.0.1:{first.BaseAddress.Port} is already in use (another server? choose another --port)", e.Message);
    }

    internal static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    internal static async Task<HttpResponseMessage> Post(PsrServer server, string json, string route = "v1/completions")
    {
        var response = await Http.PostAsync(new Uri(server.BaseAddress, route), Json(json));
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(25);
        Assert.True(condition());
    }
}
