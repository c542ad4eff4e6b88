using System.Text.Json.Nodes;

namespace Psr.Cli.Tests;

public sealed class WorldCommandTests
{
    [Fact]
    public void World_generate_writes_benchmark_jsonl()
    {
        // Given an output path
        var path = Path.Combine(Path.GetTempPath(), $"psr-world-{Guid.NewGuid():N}.jsonl");
        try
        {
            // When 20 test problems of the smoke preset are generated
            var code = PsrApp.Run(["world", "generate", "--preset", "smoke", "--split", "test", "-n", "20", "--out", path]);

            // Then the file has 20 objects with id, question, answer and a boxed gold solution
            Assert.Equal(0, code);
            var rows = File.ReadAllLines(path).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
            Assert.Equal(20, rows.Count);
            Assert.All(rows, r =>
            {
                Assert.StartsWith("smoke-test-1-", (string)r["id"]!);
                Assert.EndsWith("=?", (string)r["question"]!);
                Assert.EndsWith($"\\boxed{{{(string)r["answer"]!}}}", (string)r["solution"]!);
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("world", "generate", "--split", "validation", "--out", "x.jsonl")]
    [InlineData("world", "generate", "--split", "test")]
    [InlineData("world", "sample", "--preset", "nope")]
    public void Bad_world_arguments_are_user_errors(params string[] args)
    {
        // When the command runs with a bad argument, then it is a user error
        Assert.Equal(PsrApp.UserError, PsrApp.Run(args));
    }

    [Fact]
    public void World_sample_succeeds()
    {
        // When samples are printed, then the command succeeds
        Assert.Equal(0, PsrApp.Run(["world", "sample", "--preset", "smoke", "-n", "2", "--seed", "4"]));
    }
}
