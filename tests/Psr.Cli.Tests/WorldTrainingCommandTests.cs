using System.Text.Json.Nodes;

namespace Psr.Cli.Tests;

public sealed class WorldTrainingCommandTests
{
    [Theory]
    [InlineData("world", "pretrain", "--steps", "2")]
    [InlineData("world", "pretrain", "--out", "x", "--base", "y")]
    [InlineData("world", "sft", "--out", "x", "--size", "Huge")]
    [InlineData("world", "sft", "--out", "x", "--steps", "0")]
    [InlineData("world", "measure", "-n", "3")]
    [InlineData("world", "pretrain", "--out", "x", "--precision", "Float8")]
    [InlineData("world", "pretrain", "--out", "x", "--precision", "7")]
    public void Bad_training_and_measure_arguments_are_user_errors(params string[] args)
    {
        // When the command runs with a missing or bad argument, then it is a user error
        Assert.Equal(PsrApp.UserError, PsrApp.Run(args));
    }

    [Fact]
    public void Pretrain_writes_a_model_folder_that_measure_reads_and_reports_as_json()
    {
        // Given a temporary model folder
        var dir = Path.Combine(Path.GetTempPath(), $"psr-m0-{Guid.NewGuid():N}");
        try
        {
            // When a 2-step M0 is trained on the smoke preset and measured without searches
            var trained = PsrApp.Run(["world", "pretrain", "--preset", "smoke", "--out", dir, "--steps", "2", "--ift", "40",
                "--batch", "4", "--snapshot-every", "0"]);
            var measured = PsrApp.Run(["world", "measure", "--model", dir, "--preset", "smoke", "-n", "4", "--step-problems", "2",
                "--judge-pairs", "2", "--no-search"]);

            // Then both succeed, the folder holds the model files, and the report has the greedy rate over 4 problems
            Assert.Equal((0, 0), (trained, measured));
            Assert.True(File.Exists(Path.Combine(dir, "config.json")) && File.Exists(Path.Combine(dir, "psr_tokenizer.json")));
            var report = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "measure.json")))!;
            Assert.Equal(4, (int)report["Greedy"]!["Total"]!);
            var training = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "training.json")))!;
            Assert.Equal(2, (int)training["StepsRun"]!);
            Assert.Equal("Float32", (string)training["Options"]!["Precision"]!);
        }
        finally
        {
            if (Directory.Exists(dir))
                Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Pretrain_with_bfloat16_products_trains_and_saves_the_arithmetic_it_used()
    {
        // Given a temporary model folder
        var dir = Path.Combine(Path.GetTempPath(), $"psr-m0-{Guid.NewGuid():N}");
        try
        {
            // When a 2-step M0 is trained with bfloat16 products
            var trained = PsrApp.Run(["world", "pretrain", "--preset", "smoke", "--out", dir, "--steps", "2", "--ift", "40",
                "--batch", "4", "--snapshot-every", "0", "--precision", "bfloat16autocast"]);

            // Then it succeeds, its loss is finite and training.json names the arithmetic and the size
            Assert.Equal(0, trained);
            var training = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "training.json")))!;
            Assert.Equal("BFloat16Autocast", (string)training["Options"]!["Precision"]!);
            Assert.Equal("Tiny", (string)training["Options"]!["Size"]!);
            Assert.True(double.IsFinite((double)training["FinalLoss"]!));
        }
        finally
        {
            if (Directory.Exists(dir))
                Directory.Delete(dir, recursive: true);
        }
    }
}
