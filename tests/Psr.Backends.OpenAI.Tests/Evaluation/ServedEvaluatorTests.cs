using System.Net;
using System.Text.Json.Nodes;
using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Evaluation;
using Psr.Backends.OpenAI.Tests.Fakes;
using Psr.Core.Errors;
using Psr.Eval.Benchmarks;
using Psr.Eval.Evaluation;
using Psr.Extensions.External.Exports;
using Psr.Roles.Prompts;

namespace Psr.Backends.OpenAI.Tests.Evaluation;

public sealed class ServedEvaluatorTests : IDisposable
{
    // Four questions; the fake model answers "\boxed{<question>}" except for "d", which it rambles on until the cap.
    private static readonly BenchmarkItem[] Items =
        [new("a", "a", "a"), new("b", "b", "b"), new("c", "c", "x"), new("d", "d", "d")];

    private readonly string _dir = Directory.CreateTempSubdirectory("psr-evalep-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Outputs_are_written_per_item_and_graded_with_the_truncation_rate()
    {
        // Given a fake endpoint that boxes the question, and truncates item d
        var handler = BoxingHandler();

        // When the four items are evaluated with the paper template
        var result = await Run(handler, new ServedEvalOptions { OutDirectory = _dir, MaxTokens = 32 });

        // Then every request was greedy with the token cap sent, and the prompt was Figure 4 + problem + blank line
        Assert.Equal(4, handler.Calls);
        Assert.All(handler.Bodies, b => Assert.Equal((0.0, 1.0, 1, 32), ((double)b["temperature"]!, (double)b["top_p"]!, (int)b["n"]!, (int)b["max_tokens"]!)));
        Assert.Contains(handler.Bodies, b => (string)b["prompt"]! == StepPromptText.Figure4 + "c\n\n");
        // And outputs.jsonl holds one line per item with its prompt, output and finish reason
        var lines = File.ReadAllLines(Path.Combine(_dir, "outputs.jsonl")).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(["a", "b", "c", "d"], lines.Select(l => (string)l["id"]!).Order());
        var d = lines.Single(l => (string)l["id"]! == "d");
        Assert.Equal(("length", StepPromptText.Figure4 + "d\n\n"), ((string)d["finish_reason"]!, (string)d["prompt"]!));
        // And a, b are right, c is wrong, d has no answer; one of four outputs was truncated
        Assert.Equal((2, 0.25, 1, 0.25), (result.Report.Correct, result.Report.NoAnswerRate, result.Truncated, result.TruncationRate));
        Assert.Equal((4, 0), (result.Generated, result.Resumed));
        Assert.Contains("truncation rate (finish_reason length): 25.00 % (1/4) at max_tokens 32", ServedEvalReportWriter.ToMarkdown(result));
        Assert.Equal(0.25, (double)ServedEvalReportWriter.ToJson(result)["truncation_rate"]!);
    }

    [Fact]
    public async Task A_rerun_generates_only_the_items_not_yet_in_the_outputs_file_and_tolerates_a_torn_last_line()
    {
        // Given a first run of two items, then a write cut off in the middle of item c's line
        await Run(BoxingHandler(), new ServedEvalOptions { OutDirectory = _dir, MaxTokens = 32, Limit = 2 });
        var outputs = Path.Combine(_dir, "outputs.jsonl");
        File.AppendAllText(outputs, "{\"id\":\"c\",\"prompt\":\"Let's thi");

        // When all four items are evaluated into the same folder
        var handler = BoxingHandler();
        var result = await Run(handler, new ServedEvalOptions { OutDirectory = _dir, MaxTokens = 32 });

        // Then only c and d were requested, the torn line was dropped, and each item has exactly one line
        Assert.Equal(2, handler.Calls);
        Assert.Equal((2, 2, true), (result.Generated, result.Resumed, result.TornLineDropped));
        // (lines are appended as answers arrive, so the first run's two concurrent items may be in either order)
        Assert.Equal(["a", "b", "c", "d"], File.ReadAllLines(outputs).Select(l => (string)JsonNode.Parse(l)!["id"]!).Order(StringComparer.Ordinal));
        Assert.Equal(2, result.Report.Correct);
    }

    [Fact]
    public async Task A_4xx_stops_the_run_with_one_line_and_keeps_the_outputs_already_written()
    {
        // Given an endpoint that answers the first request and rejects the second
        var handler = new ScriptedHandler((_, call) => Task.FromResult(call == 1
            ? ScriptedHandler.Completion((0, "\\boxed{a}", "stop", null))
            : ScriptedHandler.Json(HttpStatusCode.BadRequest, "{\"error\":{\"message\":\"max_tokens must be <= 16\",\"type\":\"invalid_request_error\"}}")));

        // When four items are evaluated one request at a time
        var error = await Assert.ThrowsAsync<BackendException>(() => Run(handler, new ServedEvalOptions { OutDirectory = _dir, MaxTokens = 32 }, inFlight: 1));

        // Then the error is one line with the status and the server's message, not retried, and item a is kept
        Assert.Contains("HTTP 400", error.Message);
        Assert.Contains("max_tokens must be <= 16", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(2, handler.Calls);
        Assert.Single(File.ReadAllLines(Path.Combine(_dir, "outputs.jsonl")));
    }

    [Fact]
    public async Task A_rerun_with_another_token_cap_is_refused_rather_than_mixed()
    {
        // Given a folder evaluated with max_tokens 32
        await Run(BoxingHandler(), new ServedEvalOptions { OutDirectory = _dir, MaxTokens = 32, Limit = 1 });

        // When the same folder is resumed with max_tokens 64
        var error = await Assert.ThrowsAsync<PsrException>(() => Run(BoxingHandler(), new ServedEvalOptions { OutDirectory = _dir, MaxTokens = 64 }));

        // Then the error names the differing setting and both values
        Assert.Contains("max_tokens 32 there, 64 now", error.Message);
    }

    [Fact]
    public async Task The_chat_route_sends_the_Figure_4_prompt_as_the_user_message()
    {
        // Given a chat endpoint
        var handler = new ScriptedHandler((_, _) => Task.FromResult(ScriptedHandler.Json(HttpStatusCode.OK,
            "{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"\\\\boxed{a}\"},\"finish_reason\":\"stop\"}]}")));

        // When one item is evaluated
        var result = await Run(handler, new ServedEvalOptions { OutDirectory = _dir, MaxTokens = 32, Limit = 1 }, api: EndpointApi.Chat);

        // Then the only message is the user's Figure 4 prompt (no trailing blank line), and the answer grades
        var message = Assert.Single(Assert.Single(handler.Bodies)["messages"]!.AsArray())!;
        Assert.Equal(("user", StepPromptText.Figure4 + "a"), ((string)message["role"]!, (string)message["content"]!));
        Assert.Equal(1, result.Report.Correct);
    }

    [Fact]
    public void A_malformed_line_inside_the_outputs_file_names_the_file_and_line()
    {
        // Given an outputs file whose second complete line is not JSON
        var path = Path.Combine(_dir, "outputs.jsonl");
        File.WriteAllText(path, "{\"id\":\"a\",\"prompt\":\"p\",\"output\":\"o\",\"finish_reason\":\"stop\"}\nnot json\n");

        // When it is opened for resuming
        var error = Assert.Throws<PsrException>(() => OutputsFile.Open(path));

        // Then the error points at line 2, and the file is left as it was
        Assert.Contains(path + ":2", error.Message);
        Assert.EndsWith("not json\n", File.ReadAllText(path));
    }

    [Theory]
    [InlineData(EvalTemplate.Paper, EndpointApi.Completions, "\n\n")]
    [InlineData(EvalTemplate.Paper, EndpointApi.Chat, "")]
    [InlineData(EvalTemplate.Lines, EndpointApi.Completions, "q?\n")]
    [InlineData(EvalTemplate.Raw, EndpointApi.Chat, "q?")]
    public void Templates_render_the_question_for_each_route(EvalTemplate template, EndpointApi api, string expected)
    {
        // Given the question "q?"
        // When it is rendered
        var prompt = EvalPrompts.Render(template, "q?", api);

        // Then the text is the template's (paper: Figure 4 + question + the expected tail)
        var text = EvalPrompts.Describe(prompt);
        Assert.Equal(template == EvalTemplate.Paper ? StepPromptText.Figure4 + "q?" + expected : expected, text);
        Assert.Equal(api == EndpointApi.Chat, prompt.Messages is not null);
    }

    private static ScriptedHandler BoxingHandler() => new((body, _) =>
    {
        var question = ((string)body["prompt"]!).TrimEnd('\n')[^1..];
        return Task.FromResult(question == "d"
            ? ScriptedHandler.Completion((0, "Step 1: d d d d", "length", null))
            : ScriptedHandler.Completion((0, $"Step 1: so \\boxed{{{question}}}", "stop", null)));
    });

    private static async Task<ServedEvalResult> Run(ScriptedHandler handler, ServedEvalOptions options, int inFlight = 3, EndpointApi api = EndpointApi.Completions)
    {
        using var client = new OpenAiClient(Endpoints.Fast() with { MaxInFlight = inFlight, Api = api }, handler);
        return await new ServedEvaluator(new BenchmarkEvaluator()).RunAsync("tiny", Items, new EndpointCompletionSource(client), options, CancellationToken.None);
    }
}
