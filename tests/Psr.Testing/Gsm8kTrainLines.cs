using System.Text.Json.Nodes;
using Psr.Eval.Benchmarks;

namespace Psr.Testing;

/// <summary>Real lines of <c>../shared/benchmarks/gsm8k/train.jsonl</c> (located by walking up from the test binaries).</summary>
public static class Gsm8kTrainLines
{
    public static string Path => System.IO.Path.Combine(
        BenchmarkDirectory.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("shared/benchmarks not found above " + AppContext.BaseDirectory),
        "gsm8k", "train.jsonl");

    /// <summary>The <c>answer</c> field of the 1-based line <paramref name="lineNumber"/>.</summary>
    public static string Answer(int lineNumber) =>
        JsonNode.Parse(File.ReadLines(Path).Skip(lineNumber - 1).First())!["answer"]!.GetValue<string>();
}
