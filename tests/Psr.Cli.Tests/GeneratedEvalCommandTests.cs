using System.Text.Json.Nodes;
using Psr.Serve.Hosting;
using Psr.Serve.Tests;

namespace Psr.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class GeneratedEvalCommandTests : IDisposable
{
    private readonly TinyCheckpoint _checkpoint = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("psr-evalep-cli-").FullName;

    public GeneratedEvalCommandTests() =>
        File.WriteAllText(Benchmark, "{\"id\":\"a\",\"question\":\"what is 2+3?\",\"answer\":\"5\"}\n" +
                                     "{\"id\":\"b\",\"question\":\"7-4\",\"answer\":\"3\"}\n" +
                                     "{\"id\":\"c\",\"question\":\"x+1=5\",\"answer\":\"4\"}\n");

    private string Benchmark => Path.Combine(_dir, "tiny.jsonl");

    public void Dispose()
    {
        _checkpoint.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Eval_with_a_checkpoint_writes_outputs_and_a_rerun_generates_only_the_rest()
    {
        // Given a tiny checkpoint and a three-item JSONL benchmark
        var outDir = Path.Combine(_dir, "run");
        string[] args = ["eval", "--checkpoint", _checkpoint.Folder, "--benchmark", Benchmark, "--template", "raw", "--max-tokens", "8",
            "--concurrency", "2", "--out", outDir, "--format", "json"];

        // When the first two items are evaluated, then all three into the same folder
        var (first, firstOut, _) = CapturedConsole.Run([.. args, "--limit", "2"]);
        var (second, secondOut, _) = CapturedConsole.Run(args);

        // Then the second run generated only item c, and both reports carry the truncation rate next to accuracy
        Assert.Equal((0, 0), (first, second));
        var (a, b) = (JsonNode.Parse(firstOut)!, JsonNode.Parse(secondOut)!);
        Assert.Equal((2, 2, 0), ((int)a["count"]!, (int)a["generated"]!, (int)a["resumed"]!));
        Assert.Equal((3, 1, 2), ((int)b["count"]!, (int)b["generated"]!, (int)b["resumed"]!));
        Assert.InRange((double)b["truncation_rate"]!, 0, 1);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(outDir, "outputs.jsonl")).Length);
        Assert.Contains("truncation rate (finish_reason length)", File.ReadAllText(Path.Combine(outDir, "eval.md")));
    }

    [Fact]
    public async Task Eval_against_psr_serve_runs_and_a_rejected_request_is_one_line_on_stderr()
    {
        // Given psr serve on the tiny checkpoint with max_tokens capped at 16, addressed without /v1
        await using var server = await PsrServer.StartAsync(ServedModel.Load(_checkpoint.Folder, "tiny"), new ServeOptions { Port = 0, MaxTokens = 16 });
        var url = server.BaseAddress.ToString();
        string[] args = ["eval", "--endpoint", url, "--model", "tiny", "--benchmark", Benchmark, "--template", "lines", "--api-key-env", "PSR_EVALEP_NO_KEY"];

        // When one run stays within the cap and another asks for more
        var (ok, okOut, _) = CapturedConsole.Run([.. args, "--max-tokens", "16", "--out", Path.Combine(_dir, "ok")]);
        var (bad, _, badErr) = CapturedConsole.Run([.. args, "--max-tokens", "17", "--out", Path.Combine(_dir, "bad")]);

        // Then the first reports all three items, and the second exits 2 with one line naming the 400
        Assert.Equal(0, ok);
        Assert.Contains("(finish_reason length)", okOut);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(_dir, "ok", "outputs.jsonl")).Length);
        Assert.Equal(PsrApp.UserError, bad);
        Assert.Contains("HTTP 400", badErr);
        Assert.Single(badErr.Trim().Split('\n'));
    }
}
