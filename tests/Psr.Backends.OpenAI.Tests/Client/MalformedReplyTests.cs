using System.Net;
using Psr.Backends.OpenAI.Client;
using Psr.Protocol.OpenAI;
using Psr.Backends.OpenAI.Tests.Fakes;

namespace Psr.Backends.OpenAI.Tests.Client;

/// <summary>An upstream reply that is malformed in any of the ways seen is one <see cref="BackendException"/> line.</summary>
public sealed class MalformedReplyTests
{
    private static readonly RemoteSampling One = new(1, 8, 0, 1, 0, []);

    [Theory]
    [InlineData("""{"choices":[null]}""", "choices[0] is null")]
    [InlineData("""{"choices":[{"index":0,"text":"a","finish_reason":"stop","logprobs":{}}]}""", "choice 0: logprobs has no \"tokens\" list")]
    [InlineData("""{"choices":[{"index":0,"text":"a","finish_reason":"stop","logprobs":{"tokens":["a",null],"token_logprobs":[-1,-2]}}]}""", "choice 0: logprobs.tokens[1] is null")]
    [InlineData("""{"choices":[{"index":0,"text":"\ud800","finish_reason":"stop"}]}""", "malformed response")]
    public async Task A_malformed_completions_reply_is_one_line_naming_the_field(string reply, string expected)
    {
        var handler = new ScriptedHandler((_, _) => Task.FromResult(ScriptedHandler.Json(HttpStatusCode.OK, reply)));
        using var client = new OpenAiClient(Endpoints.Fast(), handler);

        var e = await Assert.ThrowsAsync<BackendException>(() => client.GenerateAsync(RemotePrompt.Raw("q"), One, CancellationToken.None));

        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("""{"choices":[{"index":0,"message":{"role":"assistant","content":"a"},"finish_reason":"stop","logprobs":{}}]}""", "logprobs has no \"content\" list")]
    [InlineData("""{"choices":[{"index":0,"message":{"role":"assistant","content":"a"},"finish_reason":"stop","logprobs":{"content":[{"token":null,"logprob":-1}]}}]}""", "logprobs.content[0] has no token")]
    [InlineData("""{"choices":[{"index":0,"message":{"role":"assistant","content":"a"},"finish_reason":"stop","logprobs":{"content":[{"token":"a","logprob":-1,"top_logprobs":[null]}]}}]}""", "top_logprobs has a null token")]
    public async Task A_malformed_chat_reply_is_one_line_naming_the_field(string reply, string expected)
    {
        var handler = new ScriptedHandler((_, _) => Task.FromResult(ScriptedHandler.Json(HttpStatusCode.OK, reply)));
        using var client = new OpenAiClient(Endpoints.Fast() with { Api = EndpointApi.Chat }, handler);

        var e = await Assert.ThrowsAsync<BackendException>(() => client.GenerateAsync(RemotePrompt.Chat([new ChatMessage("user", "q")]), One, CancellationToken.None));

        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public async Task An_over_large_body_is_refused_without_reading_it_all()
    {
        // Given a server whose reply is 2 MiB against a 64 KiB limit (declared, and then streamed without a length)
        var big = "{\"choices\":[{\"index\":0,\"text\":\"" + new string('x', 2 << 20) + "\",\"finish_reason\":\"stop\"}]}";
        var calls = 0;
        var handler = new ScriptedHandler((_, _) =>
        {
            var response = ScriptedHandler.Json(HttpStatusCode.OK, big);
            if (Interlocked.Increment(ref calls) > 1)
                response.Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(big))); // no Content-Length
            return Task.FromResult(response);
        });
        using var client = new OpenAiClient(Endpoints.Fast(retries: 0) with { MaxResponseBytes = 64 << 10 }, handler);

        var declared = await Assert.ThrowsAsync<BackendException>(() => client.GenerateAsync(RemotePrompt.Raw("q"), One, CancellationToken.None));
        var streamed = await Assert.ThrowsAsync<BackendException>(() => client.GenerateAsync(RemotePrompt.Raw("q"), One, CancellationToken.None));

        Assert.Contains("over the 65536-byte limit", declared.Message);
        Assert.Contains("over the 65536-byte limit", streamed.Message);
    }
}
