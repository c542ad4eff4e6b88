using System.Text.Json.Nodes;

namespace Psr.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class EvalCommandTests
{
    [Fact]
    public void Eval_grades_predictions_against_a_shipped_benchmark()
    {
        // Given predictions for two AIME 2024 items (ids 60 and 61), one right and one wrong
        var predictions = Path.GetTempFileName();
        File.WriteAllText(predictions, "{\"id\": 60, \"output\": \"so \\\\boxed{204}\"}\n{\"id\": \"61\", \"output\": \"\\\\boxed{7}\"}\n");
        var outDir = Path.Combine(Path.GetTempPath(), "psr-eval-" + Guid.NewGuid().ToString("N"));

        // When psr eval runs with JSON on stdout and reports written to a folder
        var (code, stdout, _) = CapturedConsole.Run(
            ["eval", "--benchmark", "aime24", "--predictions", predictions, "--format", "json", "--out", outDir]);

        // Then accuracy is 1/30 (28 items have no prediction) and both report files exist
        Assert.Equal(0, code);
        var json = JsonNode.Parse(stdout)!;
        Assert.Equal((30, 1, 28), ((int)json["count"]!, (int)json["correct"]!, (int)json["missing"]!));
        Assert.True(File.Exists(Path.Combine(outDir, "eval.json")));
        Assert.Contains("| 60 | 204 | 204 | yes |", File.ReadAllText(Path.Combine(outDir, "eval.md")));
        File.Delete(predictions);
        Directory.Delete(outDir, recursive: true);
    }

    [Fact]
    public void Eval_gold_runs_the_gold_check()
    {
        // Given MATH-500's own worked solutions
        // When psr eval --gold runs
        var (code, stdout, _) = CapturedConsole.Run(["eval", "--benchmark", "math500", "--gold"]);

        // Then every gold solution's answer grades equal
        Assert.Equal(0, code);
        Assert.Contains("accuracy: 100.00 % (500/500)", stdout);
    }

    [Theory]
    [InlineData(new[] { "eval", "--benchmark", "math500" }, "exactly one of --predictions FILE, --gold, --endpoint URL or --checkpoint DIR")]
    [InlineData(new[] { "eval", "--benchmark", "math500", "--endpoint", "http://127.0.0.1:9/v1", "--out", "o" }, "--model NAME goes with --endpoint URL")]
    [InlineData(new[] { "eval", "--benchmark", "math500", "--checkpoint", "ckpt" }, "--endpoint and --checkpoint need --out DIR")]
    [InlineData(new[] { "eval", "--benchmark", "math500", "--checkpoint", "ckpt", "--out", "o", "--api", "chat" }, "--api chat needs --endpoint")]
    [InlineData(new[] { "eval", "--benchmark", "nope", "--gold" }, "unknown benchmark 'nope'")]
    [InlineData(new[] { "eval", "--benchmark", "math500", "--predictions", "/no/such/file.jsonl" }, "/no/such/file.jsonl: file not found")]
    public void Eval_reports_bad_arguments_in_one_line(string[] args, string expected)
    {
        // Given bad arguments
        // When psr eval runs
        var (code, _, stderr) = CapturedConsole.Run(args);

        // Then it exits with the user-error code and names the problem
        Assert.Equal(PsrApp.UserError, code);
        Assert.Contains(expected, stderr);
    }
}
