using System.Net;
using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Tests.Fakes;
using Psr.Core.Errors;

namespace Psr.Backends.OpenAI.Tests.Client;

public sealed class OpenAiClientTests
{
    private static readonly RemoteSampling Three = new(3, 16, 0.7, 0.9, -5, ["\n"]);

    [Fact]
    public async Task Every_sampling_field_is_sent_explicitly()
    {
        // Given a server that answers with three choices
        var handler = new ScriptedHandler((_, _) => Task.FromResult(ScriptedHandler.Completion((0, "a", "stop", "\n"), (1, "b", "stop", null), (2, "c", "length", null))));
        using var client = new OpenAiClient(Endpoints.Fast(), handler);

        // When one prompt is sent
        await client.GenerateAsync(RemotePrompt.Raw("q\n"), Three, CancellationToken.None);

        // Then n, max_tokens, temperature, top_p, seed and stop are all in the body
        var body = Assert.Single(handler.Bodies);
        Assert.Equal(3, (int)body["n"]!);
        Assert.Equal(16, (int)body["max_tokens"]!);
        Assert.Equal(0.7, (double)body["temperature"]!);
        Assert.Equal(0.9, (double)body["top_p"]!);
        Assert.Equal(-5, (long)body["seed"]!);
        Assert.Equal("\n", (string)body["stop"]!);
        Assert.Equal("q\n", (string)body["prompt"]!);
        Assert.Equal("tiny", (string)body["model"]!);
        Assert.False(body.ContainsKey("logprobs"));
    }

    [Fact]
    public async Task Choices_come_back_in_index_order_with_truncations_counted_and_warned()
    {
        // Given choices out of order, one cut by the token limit
        var handler = new ScriptedHandler((_, _) => Task.FromResult(ScriptedHandler.Completion((2, "c", "length", null), (0, "a", "stop", "\n"), (1, "b", "stop", null))));
        var warnings = new List<string>();
        using var client = new OpenAiClient(Endpoints.Fast(), handler, warnings.Add);

        // When they are read
        var choices = await client.GenerateAsync(RemotePrompt.Raw("q"), Three, CancellationToken.None);

        // Then they are ordered, the truncation is counted and one warning names the limit
        Assert.Equal(["a", "b", "c"], choices.Select(c => c.Text));
        Assert.Equal([false, false, true], choices.Select(c => c.Truncated));
        Assert.Equal("\n", choices[0].StopString);
        Assert.Equal(1, client.Counters.Truncated);
        Assert.Equal(3, client.Counters.Choices);
        Assert.Contains("max_tokens = 16", Assert.Single(warnings));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    public async Task Transient_statuses_are_retried_until_the_server_answers(HttpStatusCode status)
    {
        // Given a server that fails twice with a transient status, then answers
        var handler = new ScriptedHandler((_, call) => Task.FromResult(call <= 2
            ? ScriptedHandler.Json(status, """{"error":{"message":"busy"}}""")
            : ScriptedHandler.Completion((0, "a", "stop", null), (1, "b", "stop", null), (2, "c", "stop", null))));
        using var client = new OpenAiClient(Endpoints.Fast(), handler);

        // When a request is sent
        var choices = await client.GenerateAsync(RemotePrompt.Raw("q"), Three, CancellationToken.None);

        // Then it succeeds on the third attempt
        Assert.Equal(3, choices.Count);
        Assert.Equal(3, handler.Calls);
        Assert.Equal(2, client.Counters.Retries);
    }

    [Fact]
    public async Task A_connection_failure_is_retried()
    {
        // Given a host that refuses the first connection
        var handler = new ScriptedHandler((_, call) => call == 1
            ? throw new HttpRequestException("Connection refused")
            : Task.FromResult(ScriptedHandler.Completion((0, "a", "stop", null), (1, "b", "stop", null), (2, "c", "stop", null))));
        using var client = new OpenAiClient(Endpoints.Fast(), handler);

        // When a request is sent
        var choices = await client.GenerateAsync(RemotePrompt.Raw("q"), Three, CancellationToken.None);

        // Then the second attempt succeeds
        Assert.Equal(3, choices.Count);
        Assert.Equal(1, client.Counters.Retries);
    }

    [Fact]
    public async Task An_unreachable_host_is_one_clear_error_after_the_retries()
    {
        // Given a host that never accepts connections
        var handler = new ScriptedHandler((_, _) => throw new HttpRequestException("Connection refused"));
        using var client = new OpenAiClient(Endpoints.Fast(retries: 2), handler);

        // When a request is sent
        var e = await Assert.ThrowsAsync<BackendException>(() => client.GenerateAsync(RemotePrompt.Raw("q"), Three, CancellationToken.None));

        // Then the error names the URL, the attempts and the cause, on one line
        Assert.Equal(3, handler.Calls);
        Assert.Contains("http://fake.invalid/v1/completions", e.Message);
        Assert.Contains("3 attempt(s)", e.Message);
        Assert.Contains("Connection refused", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task A_client_error_is_not_retried_and_carries_the_servers_message()
    {
        // Given a server that rejects the request
        var handler = new ScriptedHandler((_, _) => Task.FromResult(
            ScriptedHandler.Json(HttpStatusCode.BadRequest, """{"error":{"message":"n must be <= 8\nsecond line","type":"invalid_request_error"}}""")));
        using var client = new OpenAiClient(Endpoints.Fast(), handler);

        // When a request is sent
        var e = await Assert.ThrowsAsync<BackendException>(() => client.GenerateAsync(RemotePrompt.Raw("q"), Three, CancellationToken.None));

        // Then one attempt was made and the one-line error has the status and the message
        Assert.Equal(1, handler.Calls);
        Assert.Equal(400, e.Status);
        Assert.Contains("HTTP 400", e.Message);
        Assert.Contains("n must be <= 8 second line", e.Message);
        Assert.IsAssignableFrom<PsrException>(e);
    }

    [Fact]
    public async Task Exhausted_retries_on_a_server_error_report_the_status()
    {
        // Given a server that keeps failing
        var handler = new ScriptedHandler((_, _) => Task.FromResult(ScriptedHandler.Json(HttpStatusCode.ServiceUnavailable, "down")));
        using var client = new OpenAiClient(Endpoints.Fast(retries: 2), handler);

        // When a request is sent
        var e = await Assert.ThrowsAsync<BackendException>(() => client.GenerateAsync(RemotePrompt.Raw("q"), Three, CancellationToken.None));

        // Then it gives up after 3 attempts with the status
        Assert.Equal(3, handler.Calls);
        Assert.Contains("HTTP 503", e.Message);
        Assert.Contains("after retries", e.Message);
    }

    [Fact]
    public async Task An_attempt_without_an_answer_times_out_and_is_retried()
    {
        // Given a server that never answers the first attempt
        var handler = new ScriptedHandler(async (_, call, token) =>
        {
            if (call == 1)
                await Task.Delay(Timeout.Infinite, token);
            return ScriptedHandler.Completion((0, "a", "stop", null), (1, "b", "stop", null), (2, "c", "stop", null));
        });
        using var client = new OpenAiClient(Endpoints.Fast() with { RequestTimeout = TimeSpan.FromMilliseconds(200) }, handler);

        // When a request is sent
        var choices = await client.GenerateAsync(RemotePrompt.Raw("q"), Three, CancellationToken.None);

        // Then the second attempt answers
        Assert.Equal(3, choices.Count);
        Assert.Equal(2, handler.Calls);
    }

    [Theory]
    [InlineData("not json", "malformed response")]
    [InlineData("null", "malformed response")]
    [InlineData("""{"choices": null}""", "no \"choices\" array")]
    [InlineData("""{"choices":[{"index":0,"text":"a","finish_reason":"stop"}]}""", "expected 3 choices (n), got 1")]
    [InlineData("""{"choices":[{"index":0,"text":"a","finish_reason":"stop"},{"index":0,"text":"b","finish_reason":"stop"},{"index":2,"text":"c","finish_reason":"stop"}]}""", "index 0 is out of range or repeated")]
    [InlineData("""{"choices":[{"index":0,"text":"a","finish_reason":"stop"},{"index":1,"finish_reason":"stop"},{"index":2,"text":"c","finish_reason":"stop"}]}""", "choice 1 has no text")]
    [InlineData("""{"choices":[{"index":0,"text":"a","finish_reason":"abort"},{"index":1,"text":"b","finish_reason":"stop"},{"index":2,"text":"c","finish_reason":"stop"}]}""", "finish_reason \"abort\"")]
    public async Task A_malformed_response_or_a_wrong_choice_count_is_a_clear_error(string body, string expected)
    {
        // Given a server that answers 200 with a broken body
        var handler = new ScriptedHandler((_, _) => Task.FromResult(ScriptedHandler.Json(HttpStatusCode.OK, body)));
        using var client = new OpenAiClient(Endpoints.Fast(), handler);

        // When a request is sent
        var e = await Assert.ThrowsAsync<BackendException>(() => client.GenerateAsync(RemotePrompt.Raw("q"), Three, CancellationToken.None));

        // Then the error says what is wrong, without retrying
        Assert.Contains(expected, e.Message);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task The_api_key_goes_only_into_the_authorization_header()
    {
        // Given a key in the configured environment variable and a server that refuses it
        const string variable = "PSR_TEST_OPENAI_KEY_1";
        Environment.SetEnvironmentVariable(variable, "sk-secret-123");
        try
        {
            var handler = new ScriptedHandler((_, _) => Task.FromResult(ScriptedHandler.Json(HttpStatusCode.Unauthorized, """{"error":{"message":"bad key"}}""")));
            using var client = new OpenAiClient(Endpoints.Fast(keyVariable: variable), handler);

            // When a request is sent
            var e = await Assert.ThrowsAsync<BackendException>(() => client.GenerateAsync(RemotePrompt.Raw("q"), Three, CancellationToken.None));

            // Then the key was sent as a bearer token and appears nowhere in the error
            Assert.Equal("Bearer sk-secret-123", Assert.Single(handler.Authorizations));
            Assert.DoesNotContain("sk-secret-123", e.ToString());
            Assert.Contains("HTTP 401", e.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Endpoint_validation_lists_every_problem()
    {
        // Given an endpoint with several bad values
        var endpoint = new OpenAiEndpoint { BaseUrl = "ftp://x", Model = "", MaxRetries = -1, MaxInFlight = 0, RequestTimeout = TimeSpan.Zero };

        // When it is validated
        var e = Assert.Throws<ConfigException>(() => endpoint.Validate());

        // Then each problem is named with its value
        Assert.Equal(5, e.Problems.Count);
        Assert.Contains(e.Problems, p => p.Contains("ftp://x"));
    }
}
