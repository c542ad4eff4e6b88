using System.Net;
using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Prompts;
using Psr.Backends.OpenAI.Roles;
using Psr.Backends.OpenAI.Tests.Fakes;
using Psr.Roles;

namespace Psr.Backends.OpenAI.Tests.Roles;

public sealed class HttpStepPolicyTests
{
    private static readonly StepSampling Width3 = new(3, 0.8, 0.95, 12);

    [Fact]
    public async Task Each_prefix_is_one_request_with_n_equal_to_the_width_and_its_own_seed()
    {
        // Given a server that echoes the prompt's question as the candidates
        var handler = new ScriptedHandler((body, _) =>
        {
            var q = ((string)body["prompt"]!).Split('\n')[0];
            return Task.FromResult(ScriptedHandler.Completion((0, q + "0", "stop", "\n"), (1, q + "1", "stop", "\n"), (2, q + "2", "stop", "\n")));
        });
        using var client = new OpenAiClient(Endpoints.Fast(), handler);
        var policy = new HttpStepPolicy(client, new LinePolicyPrompt());
        StepPrefix[] prefixes = [new("1", "qa", [], 7), new("2", "qb", ["s1"], ulong.MaxValue)];

        // When two prefixes are sampled
        var result = await policy.SampleAsync(prefixes, Width3, CancellationToken.None);

        // Then there were two requests, n = 3, each with its prefix's seed (64 bits, signed on the wire)
        Assert.Equal(2, handler.Calls);
        Assert.All(handler.Bodies, b => Assert.Equal(3, (int)b["n"]!));
        Assert.Equal([-1L, 7L], handler.Bodies.Select(b => (long)b["seed"]!).Order());
        Assert.Contains(handler.Bodies, b => (string)b["prompt"]! == "qb\ns1\n");
        // and the candidates are in prefix order
        Assert.Equal(["qa0", "qa1", "qa2"], result[0].Select(c => c.Text));
        Assert.Equal(["qb0", "qb1", "qb2"], result[1].Select(c => c.Text));
    }

    [Fact]
    public async Task Finish_and_stop_reasons_map_to_candidate_ends()
    {
        // Given a stop-string match, an EOS and a length cut
        var handler = new ScriptedHandler((_, _) => Task.FromResult(ScriptedHandler.Completion((0, "a", "stop", "\n"), (1, "b", "stop", null), (2, "c", "length", null))));
        using var client = new OpenAiClient(Endpoints.Fast(), handler);
        var policy = new HttpStepPolicy(client, new LinePolicyPrompt());

        // When one prefix is sampled
        var result = await policy.SampleAsync([new StepPrefix("1", "q", [], 1)], Width3, CancellationToken.None);

        // Then the ends are step boundary, end of sequence and token limit
        Assert.Equal([CandidateEnd.StepBoundary, CandidateEnd.EndOfSequence, CandidateEnd.TokenLimit], result[0].Select(c => c.End));
    }

    [Fact]
    public async Task A_wrong_number_of_candidates_fails_the_call_naming_the_question()
    {
        // Given a server that returns two choices for n = 3
        var handler = new ScriptedHandler((_, _) => Task.FromResult(ScriptedHandler.Completion((0, "a", "stop", "\n"), (1, "b", "stop", null))));
        using var client = new OpenAiClient(Endpoints.Fast(), handler);
        var policy = new HttpStepPolicy(client, new LinePolicyPrompt());

        // When a prefix is sampled
        var e = await Assert.ThrowsAsync<BackendException>(() => policy.SampleAsync([new StepPrefix("q17", "q", ["x"], 1)], Width3, CancellationToken.None));

        // Then no candidates come back and the error names the question and the count
        Assert.Contains("question q17 step 2", e.Message);
        Assert.Contains("expected 3 choices (n), got 2", e.Message);
    }

    [Fact]
    public async Task Requests_stay_within_the_in_flight_limit()
    {
        // Given a slow server and an in-flight limit of 4
        var handler = new ScriptedHandler(async (_, _) =>
        {
            await Task.Delay(20);
            return ScriptedHandler.Completion((0, "a", "stop", "\n"), (1, "b", "stop", "\n"), (2, "c", "stop", "\n"));
        });
        using var client = new OpenAiClient(Endpoints.Fast(), handler);
        var policy = new HttpStepPolicy(client, new LinePolicyPrompt());
        var prefixes = Enumerable.Range(0, 16).Select(i => new StepPrefix($"{i}", "q", [], (ulong)i)).ToList();

        // When 16 prefixes are sampled
        var result = await policy.SampleAsync(prefixes, Width3, CancellationToken.None);

        // Then all are answered and never more than 4 were in flight
        Assert.Equal(16, result.Count);
        Assert.InRange(handler.MaxInFlight, 1, 4);
    }

    [Fact]
    public async Task The_chat_route_continues_the_partial_answer()
    {
        // Given a chat endpoint
        var handler = new ScriptedHandler((_, _) => Task.FromResult(ScriptedHandler.Json(HttpStatusCode.OK,
            """{"choices":[{"index":0,"message":{"role":"assistant","content":" x"},"finish_reason":"stop","stop_reason":"\nStep "}]}""")));
        using var client = new OpenAiClient(Endpoints.Fast() with { Api = EndpointApi.Chat }, handler);
        var policy = new HttpStepPolicy(client, new PaperPolicyPrompt());

        // When a prefix with one accepted step is sampled
        var result = await policy.SampleAsync([new StepPrefix("1", "What is 1+1?", [" one"], 3)], new StepSampling(1, 1, 1, 8), CancellationToken.None);

        // Then the request continues the assistant turn and the candidate ends at a step boundary
        var body = Assert.Single(handler.Bodies);
        Assert.True((bool)body["continue_final_message"]!);
        Assert.False((bool)body["add_generation_prompt"]!);
        Assert.Equal("Step 1: one\nStep 2:", (string)body["messages"]![1]!["content"]!);
        Assert.Equal(CandidateEnd.StepBoundary, result[0][0].End);
    }
}
