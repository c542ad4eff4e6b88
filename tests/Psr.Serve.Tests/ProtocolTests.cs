using System.ClientModel;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OpenAI;
using OpenAI.Chat;
using Psr.Model.Generation;

namespace Psr.Serve.Tests;

public sealed class ProtocolTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly HttpClient Http = new();

    private Task<HttpResponseMessage> Post(string route, string json) =>
        Http.PostAsync(new Uri(fixture.Server.BaseAddress, route), new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task The_official_openai_client_works_unchanged()
    {
        // Given the official OpenAI .NET client pointed at psr serve
        var chat = new ChatClient(fixture.ModelName, new ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = fixture.V1 });

        // When it asks for a greedy chat completion
        ChatCompletion completion = await chat.CompleteChatAsync([new UserChatMessage("what is 2+2?")],
            new ChatCompletionOptions { Temperature = 0, MaxOutputTokenCount = 8 });

        // Then the answer is the in-process greedy continuation of the (concatenated) message
        var local = fixture.Generator.Sample(["what is 2+2?"], new SamplingOptions { Temperature = 0, MaxNewTokens = 8 })[0];
        Assert.Equal(local.Text, completion.Content[0].Text);
        Assert.Equal(local.TokenIds.Length, completion.Usage.OutputTokenCount);
    }

    [Fact]
    public async Task Models_lists_the_served_name()
    {
        // Given the server / When /v1/models is read / Then it lists the served model
        var body = JsonNode.Parse(await Http.GetStringAsync(new Uri(fixture.Server.BaseAddress, "v1/models")))!;
        Assert.Equal("list", (string)body["object"]!);
        Assert.Equal(fixture.ModelName, (string)body["data"]![0]!["id"]!);
    }

    [Fact]
    public async Task Completions_answer_n_choices_per_prompt_with_usage()
    {
        // Given a raw request with two prompts and n = 3
        var response = await Post("v1/completions",
            $$"""{"model":"{{fixture.ModelName}}","prompt":["ab","cd"],"n":3,"max_tokens":5,"temperature":1,"seed":9,"stop":"\n"}""");

        // When it is answered
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        // Then six choices come back, indexed prompt-major, with the OpenAI fields
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var choices = body["choices"]!.AsArray();
        Assert.Equal([0, 1, 2, 3, 4, 5], choices.Select(c => (int)c!["index"]!));
        Assert.All(choices, c => Assert.Contains((string)c!["finish_reason"]!, new[] { "stop", "length" }));
        Assert.Equal("text_completion", (string)body["object"]!);
        Assert.Equal(4, (int)body["usage"]!["prompt_tokens"]!);
    }

    [Fact]
    public async Task Logprobs_match_the_in_process_scorer()
    {
        // Given a greedy request for log-probabilities with three alternatives
        var response = await Post("v1/completions",
            $$"""{"model":"{{fixture.ModelName}}","prompt":"abc","max_tokens":6,"temperature":0,"logprobs":3}""");
        var choice = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["choices"]![0]!;
        var logprobs = choice["logprobs"]!;

        // When the scorer scores the same text after the same prompt
        var text = (string)choice["text"]!;
        var score = new Scorer(fixture.Local.Model, fixture.Local.Tokenizer).LogProbs([("abc", text)])[0];

        // Then the token log-probabilities agree and each position lists three alternatives led by the greedy token
        var tokenLogprobs = logprobs["token_logprobs"]!.AsArray().Select(x => (double)x!).ToArray();
        Assert.Equal(score.TokenLogProbs.Length, tokenLogprobs.Length);
        Assert.Equal(score.Sum, tokenLogprobs.Sum(), 4);
        var tops = logprobs["top_logprobs"]!.AsArray();
        Assert.All(tops, t => Assert.Equal(3, t!.AsObject().Count));
        Assert.Equal((string)logprobs["tokens"]![0]!, tops[0]!.AsObject().MaxBy(kv => (double)kv.Value!).Key);
    }

    [Theory]
    [InlineData("""{"model":"M","prompt":"a","n":9,"max_tokens":4}""", 400, "n")]
    [InlineData("""{"model":"M","prompt":"a","max_tokens":65}""", 400, "max_tokens")]
    [InlineData("""{"model":"M","prompt":"a","max_tokens":0}""", 400, "max_tokens")]
    [InlineData("""{"model":"M","prompt":"a","temperature":-1}""", 400, "temperature")]
    [InlineData("""{"model":"M","prompt":"a","top_p":0}""", 400, "top_p")]
    [InlineData("""{"model":"M","prompt":"a","stream":true,"logprobs":2}""", 400, "logprobs")]
    [InlineData("""{"model":"M","prompt":"a","stop":[""]}""", 400, "stop")]
    [InlineData("""{"model":"other","prompt":"a"}""", 404, "model")]
    [InlineData("""{"model":"M","prompt":"a","max_tokens":60,"n":1,"stop":"x"}""", 400, "max_tokens")]
    [InlineData("""{"model":"M","prompt":"\u00e9"}""", 400, null)]
    [InlineData("""{"model":"M","prompt":5}""", 400, null)]
    [InlineData("""{"model":"M","prompt":"a",""", 400, null)]
    public async Task Bad_requests_get_openai_style_json_errors(string json, int status, string? param)
    {
        // Given a request that breaks a limit or the schema (M = the served name; a 250-char prompt for the length case)
        json = json.Replace("\"M\"", $"\"{fixture.ModelName}\"").Replace("\"max_tokens\":60,", "\"max_tokens\":60,\"echo\":false,");
        if (json.Contains("\"max_tokens\":60"))
            json = json.Replace("\"prompt\":\"a\"", $"\"prompt\":\"{new string('a', 250)}\"");

        // When it is posted
        var response = await Post("v1/completions", json);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        // Then the status and the error envelope say what is wrong
        Assert.Equal(status, (int)response.StatusCode);
        Assert.False(string.IsNullOrEmpty((string?)body["error"]!["message"]));
        if (param is not null)
            Assert.Equal(param, (string?)body["error"]!["param"]);
    }

    [Fact]
    public async Task An_oversized_body_is_a_413()
    {
        // Given a body above the 4 KiB limit of the test server
        var json = $$"""{"model":"{{fixture.ModelName}}","prompt":"{{new string('a', 5000)}}"}""";

        // When it is posted / Then it is refused with a JSON 413
        var response = await Post("v1/completions", json);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.NotNull(await response.Content.ReadFromJsonAsync<JsonObject>());
    }
}
