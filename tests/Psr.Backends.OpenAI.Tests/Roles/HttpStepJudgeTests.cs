using System.Net;
using System.Text.Json.Nodes;
using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Prompts;
using Psr.Backends.OpenAI.Roles;
using Psr.Backends.OpenAI.Tests.Fakes;
using Psr.Roles;
using Psr.Roles.Prompts;

namespace Psr.Backends.OpenAI.Tests.Roles;

public sealed class HttpStepJudgeTests
{
    private static StepComparison Comparison(int i) => new($"q{i}", "What is 2+2?", ["Add."], "4", "5", (ulong)i);

    [Fact]
    public async Task Verdicts_are_parsed_from_text_and_missing_ones_are_counted()
    {
        // Given a judge that answers A, B, then nothing usable (by seed)
        var handler = new ScriptedHandler((body, _) => Task.FromResult(ScriptedHandler.Completion((0,
            (long)body["seed"]! switch { 0 => "A is right. [[A]]", 1 => "Quoting [[A]]... final: [[B]]", _ => "I cannot decide." }, "stop", null))));
        using var client = new OpenAiClient(Endpoints.Fast(), handler);
        var judge = new HttpStepJudge(client, new PaperJudgePrompt(), new BracketVerdictParser(), new JudgeSampling());

        // When three comparisons are judged
        var result = await judge.JudgeAsync([Comparison(0), Comparison(1), Comparison(2)], CancellationToken.None);

        // Then the verdicts keep input order, the raw text is kept and the unparsed one is counted as a skip
        Assert.Equal([JudgeVerdict.A, JudgeVerdict.B, JudgeVerdict.Unparsed], result.Select(r => r.Verdict));
        Assert.Equal("I cannot decide.", result[2].Raw);
        Assert.Equal(1, client.Counters.Skipped);
        Assert.All(handler.Bodies, b => Assert.Equal(1, (int)b["n"]!));
        Assert.All(handler.Bodies, b => Assert.Equal(0.0, (double)b["temperature"]!));
    }

    [Fact]
    public async Task Verdict_token_probabilities_decide_when_requested()
    {
        // Given an answer whose text says [[A]] while the verdict position gives B the higher probability
        const string body = """
            {"choices":[{"index":0,"text":"ok [[A]]","finish_reason":"stop","logprobs":{
              "tokens":["ok"," [[","A","]]"],
              "token_logprobs":[-0.1,-0.2,-0.9,-0.01],
              "top_logprobs":[{"ok":-0.1},{" [[":-0.2},{"A":-0.9,"B":-0.6},{"]]":-0.01}]}}]}
            """;
        var handler = new ScriptedHandler((_, _) => Task.FromResult(ScriptedHandler.Json(HttpStatusCode.OK, body)));
        using var client = new OpenAiClient(Endpoints.Fast(), handler);
        var judge = new HttpStepJudge(client, new PaperJudgePrompt(), new BracketVerdictParser(), new JudgeSampling { UseVerdictLogProbs = true });

        // When the comparison is judged
        var result = await judge.JudgeAsync([Comparison(0)], CancellationToken.None);

        // Then logprobs were requested and B wins on probability
        Assert.Equal(5, (int)Assert.Single(handler.Bodies)["logprobs"]!);
        Assert.Equal(JudgeVerdict.B, result[0].Verdict);
    }

    [Fact]
    public async Task Judge_comparisons_run_concurrently_within_the_limit()
    {
        // Given a slow judge server and a limit of 4
        var handler = new ScriptedHandler(async (_, _) =>
        {
            await Task.Delay(20);
            return ScriptedHandler.Completion((0, "[[A]]", "stop", null));
        });
        using var client = new OpenAiClient(Endpoints.Fast(), handler);
        var judge = new HttpStepJudge(client, new PaperJudgePrompt(), new BracketVerdictParser(), new JudgeSampling());

        // When 12 comparisons are judged
        var result = await judge.JudgeAsync(Enumerable.Range(0, 12).Select(Comparison).ToList(), CancellationToken.None);

        // Then all are answered with at most 4 in flight
        Assert.Equal(12, result.Count);
        Assert.InRange(handler.MaxInFlight, 1, 4);
    }

    [Fact]
    public async Task The_chat_route_sends_the_figure_5_prompt_as_one_user_message()
    {
        // Given a chat judge
        JsonObject? seen = null;
        var handler = new ScriptedHandler((b, _) =>
        {
            seen = b;
            return Task.FromResult(ScriptedHandler.Json(HttpStatusCode.OK,
                """{"choices":[{"index":0,"message":{"role":"assistant","content":"[[B]]"},"finish_reason":"stop"}]}"""));
        });
        using var client = new OpenAiClient(Endpoints.Fast() with { Api = EndpointApi.Chat }, handler);
        var judge = new HttpStepJudge(client, new PaperJudgePrompt(), new BracketVerdictParser(), new JudgeSampling());

        // When one comparison is judged
        var result = await judge.JudgeAsync([Comparison(3)], CancellationToken.None);

        // Then the message holds the question, the numbered previous step and both candidates
        var content = (string)seen!["messages"]![0]!["content"]!;
        Assert.Contains("[Question and Intermediate Reasoning Steps Provided]\nWhat is 2+2?\n\nStep 1: Add.", content);
        Assert.Contains("[The Start of Assistant A's Next Reasoning Step]\n4\n[The End of Assistant A's Next Reasoning Step]", content);
        Assert.Equal(JudgeVerdict.B, result[0].Verdict);
    }
}
