using System.ClientModel;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OpenAI;
using OpenAI.Chat;

namespace Psr.Serve.Tests;

/// <summary><c>stream: true</c>: server-sent chunks whose pieces, per choice index, add up to the unstreamed answer.</summary>
public sealed class StreamingTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task The_official_openai_client_streams_the_same_chat_answer()
    {
        // Given the official OpenAI .NET client and the unstreamed greedy answer
        var chat = new ChatClient(fixture.ModelName, new ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = fixture.V1 });
        var options = new ChatCompletionOptions { Temperature = 0, MaxOutputTokenCount = 12 };
        ChatCompletion whole = await chat.CompleteChatAsync([new UserChatMessage("what is 3+4?")], options);

        // When it streams the same request
        var text = new StringBuilder();
        var updates = 0;
        ChatFinishReason? finish = null;
        await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage("what is 3+4?")], options))
        {
            updates++;
            foreach (var part in update.ContentUpdate)
                text.Append(part.Text);
            finish ??= update.FinishReason;
        }

        // Then the pieces add up to the same answer, in more than one update, and the finish reason is the same
        Assert.Equal(whole.Content[0].Text, text.ToString());
        Assert.True(updates > 2, $"{updates} updates");
        Assert.Equal(whole.FinishReason, finish);
    }

    [Fact]
    public async Task Streamed_completions_interleave_choices_by_index_and_equal_the_unstreamed_ones()
    {
        // Given a seeded request with two prompts and n = 3, answered once without streaming
        var request = $$"""{"model":"{{fixture.ModelName}}","prompt":["ab","cd"],"n":3,"max_tokens":6,"temperature":1,"seed":11,"stop":"\n"}""";
        var whole = JsonNode.Parse(await (await Post(request)).Content.ReadAsStringAsync())!["choices"]!.AsArray();

        // When the same request is streamed
        var response = await Post(request.Replace("\"seed\":11", "\"seed\":11,\"stream\":true"));
        var events = (await response.Content.ReadAsStringAsync()).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

        // Then it is an event stream of text_completion chunks ending with [DONE] ...
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.All(events, e => Assert.StartsWith("data: ", e, StringComparison.Ordinal));
        Assert.Equal("data: [DONE]", events[^1]);
        var chunks = events[..^1].Select(e => JsonNode.Parse(e["data: ".Length..])!).ToList();
        Assert.All(chunks, c => Assert.Equal("text_completion", (string)c["object"]!));
        Assert.Single(chunks.Select(c => (string)c["id"]!).Distinct());
        var choices = chunks.Select(c => c["choices"]!.AsArray().Single()!).ToList();
        // ... the first six chunks are the six choices' first pieces, in index order ...
        Assert.Equal([0, 1, 2, 3, 4, 5], choices.Take(6).Select(c => (int)c["index"]!));
        // ... and per index the pieces add up to the unstreamed text, with the same finish reason, given once at the end
        foreach (var expected in whole)
        {
            var index = (int)expected!["index"]!;
            var mine = choices.Where(c => (int)c["index"]! == index).ToList();
            Assert.Equal((string)expected["text"]!, string.Concat(mine.Select(c => (string)c["text"]!)));
            Assert.Equal((string)expected["finish_reason"]!, (string?)mine[^1]["finish_reason"]);
            Assert.All(mine[..^1], c => Assert.Null((string?)c["finish_reason"]));
        }
    }

    [Fact]
    public async Task A_streamed_chat_with_n_choices_sends_the_role_first_and_the_same_texts()
    {
        // Given a seeded chat request with n = 2, answered once without streaming
        var request = $$"""{"model":"{{fixture.ModelName}}","messages":[{"role":"user","content":"hi"}],"n":2,"max_tokens":5,"temperature":0.9,"seed":4}""";
        var whole = JsonNode.Parse(await (await Post(request, "v1/chat/completions")).Content.ReadAsStringAsync())!["choices"]!.AsArray();

        // When it is streamed
        var body = await (await Post(request.Replace("\"seed\":4", "\"seed\":4,\"stream\":true"), "v1/chat/completions")).Content.ReadAsStringAsync();
        var chunks = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)[..^1].Select(e => JsonNode.Parse(e["data: ".Length..])!).ToList();

        // Then each choice's first delta carries the role, and its contents add up to the unstreamed message
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", (string)c["object"]!));
        foreach (var expected in whole)
        {
            var index = (int)expected!["index"]!;
            var deltas = chunks.Select(c => c["choices"]![0]!).Where(c => (int)c["index"]! == index).ToList();
            Assert.Equal("assistant", (string)deltas[0]["delta"]!["role"]!);
            Assert.Equal((string)expected["message"]!["content"]!, string.Concat(deltas.Select(d => (string?)d["delta"]!["content"] ?? "")));
            Assert.Equal((string)expected["finish_reason"]!, (string?)deltas[^1]["finish_reason"]);
        }
    }

    private Task<HttpResponseMessage> Post(string json, string route = "v1/completions") =>
        Http.PostAsync(new Uri(fixture.Server.BaseAddress, route), new StringContent(json, Encoding.UTF8, "application/json"));
}
