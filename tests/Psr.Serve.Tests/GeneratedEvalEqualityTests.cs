using System.Text.Json.Nodes;
using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Evaluation;
using Psr.Eval.Benchmarks;
using Psr.Eval.Evaluation;

namespace Psr.Serve.Tests;

/// <summary>Issue 6 item 4: evaluating over psr serve and evaluating the same checkpoint in-process give the same outputs.</summary>
public sealed class GeneratedEvalEqualityTests(ServerFixture fixture) : IClassFixture<ServerFixture>, IDisposable
{
    // Ragged question lengths, so the in-process batches are left-padded.
    private static readonly BenchmarkItem[] Items =
    [
        new("q1", "what is 2+3?", "5"), new("q2", "a", "1"), new("q3", "solve x+1=5 for x", "4"),
        new("q4", "7-4", "3"), new("q5", "what is 10 minus 1?", "9"),
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("psr-evalep-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_checkpoint_path_writes_the_same_greedy_outputs_as_the_endpoint_path()
    {
        // (Raw template: the random model's greedy outputs differ more between items than after a newline.)
        // Given the served tiny checkpoint (4 requests in flight) and the same checkpoint in-process (batches of 3)
        using var client = new OpenAiClient(fixture.Endpoint() with { MaxInFlight = 4 });
        using var local = new CheckpointCompletionSource(fixture.Local.Model, fixture.Local.Tokenizer, "checkpoint tiny", batchSize: 3);
        var evaluator = new ServedEvaluator(new BenchmarkEvaluator());
        ServedEvalOptions Options(string name) => new() { OutDirectory = Path.Combine(_dir, name), Template = EvalTemplate.Raw, MaxTokens = 24 };

        // When both evaluate the benchmark
        var remote = await evaluator.RunAsync("tiny", Items, new EndpointCompletionSource(client), Options("endpoint"), CancellationToken.None);
        var inProcess = await evaluator.RunAsync("tiny", Items, local, Options("checkpoint"), CancellationToken.None);

        // Then every item has the same prompt, output and finish reason (outputs differ between items, so the
        // comparison is not of empty strings), and the truncation counts agree
        var served = Lines(Path.Combine(_dir, "endpoint"));
        Assert.Equal(served, Lines(Path.Combine(_dir, "checkpoint")));
        Assert.True(served.Select(l => l.Split('|')[2]).Distinct().Count() > 2, string.Join(" / ", served));
        Assert.Equal((5, 5), (remote.Generated, inProcess.Generated));
        Assert.Equal(remote.Truncated, inProcess.Truncated);
        Assert.Equal(remote.Truncated, client.Counters.Truncated);
    }

    [Fact]
    public async Task A_token_cap_over_the_servers_limit_is_one_clear_line_from_psr_serve()
    {
        // Given psr serve capping max_tokens at 64
        using var client = new OpenAiClient(fixture.Endpoint());
        var options = new ServedEvalOptions { OutDirectory = _dir, Template = EvalTemplate.Raw, MaxTokens = 65 };

        // When an evaluation asks for 65
        var error = await Assert.ThrowsAsync<BackendException>(() =>
            new ServedEvaluator(new BenchmarkEvaluator()).RunAsync("tiny", Items, new EndpointCompletionSource(client), options, CancellationToken.None));

        // Then the 400 comes back as one line naming the status and the limit, and nothing was written
        Assert.Contains("HTTP 400", error.Message);
        Assert.Contains("max_tokens", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Empty(File.ReadAllText(Path.Combine(_dir, "outputs.jsonl")));
    }

    private static string[] Lines(string dir) =>
        File.ReadAllLines(Path.Combine(dir, "outputs.jsonl"))
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .Select(o => $"{o["id"]}|{o["prompt"]}|{o["output"]}|{o["finish_reason"]}")
            .Order(StringComparer.Ordinal).ToArray();
}
