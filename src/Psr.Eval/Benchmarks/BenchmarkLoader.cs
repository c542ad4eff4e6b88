using System.Globalization;
using System.Text.Json.Nodes;
using Psr.Core.Errors;
using Psr.Core.IO;
using Psr.Eval.Extraction;

namespace Psr.Eval.Benchmarks;

/// <summary>
/// Loads the shipped benchmarks with each one's raw field conventions (../shared/benchmarks/README.md and
/// grader-notes §7). Gold answers stay in their raw form; the grader handles <c>$</c>, <c>27.0</c>, <c>025</c>.
/// </summary>
public static class BenchmarkLoader
{
    /// <summary>Benchmarks whose items carry a worked solution (the gold check runs on these).</summary>
    public static IReadOnlyList<BenchmarkName> WithSolutions { get; } = [BenchmarkName.Gsm8k, BenchmarkName.Math, BenchmarkName.Math500];

    /// <summary>Parses a benchmark name such as <c>math500</c> (case-insensitive); the error lists the known names.</summary>
    public static BenchmarkName ParseName(string name) =>
        Enum.TryParse<BenchmarkName>(name, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(name, out _)
            ? parsed
            : throw new PsrException($"unknown benchmark '{name}' (known: {string.Join(", ", Enum.GetNames<BenchmarkName>().Select(n => n.ToLowerInvariant()))})");

    /// <summary>The test file of <paramref name="name"/>, relative to the benchmarks directory.</summary>
    public static string RelativePath(BenchmarkName name) => name switch
    {
        BenchmarkName.Gsm8k => "gsm8k/test.jsonl",
        BenchmarkName.Math => "math/test.jsonl",
        BenchmarkName.Math500 => "math500/test.jsonl",
        BenchmarkName.Gaokao2023En => "gaokao2023en/test.jsonl",
        BenchmarkName.OlympiadBench => "olympiadbench/test.jsonl",
        BenchmarkName.Aime24 => "aime24/test.jsonl",
        _ => "amc23/test.jsonl",
    };

    /// <summary>Loads <paramref name="name"/> from <paramref name="benchmarksDirectory"/>.</summary>
    public static IReadOnlyList<BenchmarkItem> Load(BenchmarkName name, string benchmarksDirectory) =>
        LoadFile(name, Path.Combine(benchmarksDirectory, RelativePath(name)));

    /// <summary>
    /// Loads the JSONL file at <paramref name="path"/> in the field layout of <paramref name="name"/> (e.g. GSM8K
    /// train with the GSM8K test layout).
    /// </summary>
    public static IReadOnlyList<BenchmarkItem> LoadFile(BenchmarkName name, string path)
    {
        if (!File.Exists(path))
            throw new PsrException($"{path}: file not found");
        var lines = Jsonl.ReadFile(path);
        return lines.Select((line, index) => Item(name, line.Value, index, $"{path}:{line.LineNumber}")).ToArray();
    }

    private static BenchmarkItem Item(BenchmarkName name, JsonObject o, int index, string where) => name switch
    {
        BenchmarkName.Gsm8k => Gsm8k(o, index, where),
        BenchmarkName.Math => MathTest(o, where),
        BenchmarkName.Math500 => new BenchmarkItem(Field(o, "unique_id", where), Field(o, "problem", where), Field(o, "answer", where), Field(o, "solution", where)),
        BenchmarkName.Gaokao2023En => new BenchmarkItem(Index(index), Field(o, "question", where), Field(o, "answer", where)),
        BenchmarkName.OlympiadBench => OlympiadBench(o, where),
        BenchmarkName.Aime24 => new BenchmarkItem(Field(o, "id", where), Field(o, "problem", where), Field(o, "answer", where), Field(o, "solution", where)),
        _ => new BenchmarkItem(Field(o, "id", where), Field(o, "problem", where), Field(o, "answer", where)),
    };

    private static BenchmarkItem Gsm8k(JsonObject o, int index, string where)
    {
        var solution = Field(o, "answer", where);
        var marker = solution.LastIndexOf("####", StringComparison.Ordinal);
        if (marker < 0)
            throw new PsrException($"{where}: field 'answer' has no '####' final answer");
        return new BenchmarkItem(Index(index), Field(o, "question", where), solution[(marker + 4)..].Trim(), solution);
    }

    private static BenchmarkItem MathTest(JsonObject o, string where)
    {
        var solution = Field(o, "solution", where);
        var gold = AnswerExtractor.ExtractWithRule(solution);
        if (gold.Rule != ExtractionRule.Boxed || gold.Answer is null)
            throw new PsrException($"{where}: field 'solution' has no closed \\boxed{{}} answer");
        return new BenchmarkItem(Field(o, "idx", where), Field(o, "problem", where), gold.Answer, solution);
    }

    private static BenchmarkItem OlympiadBench(JsonObject o, string where)
    {
        var answer = JsonlBenchmarkLoader.AnswerText(o["final_answer"], where, "final_answer");
        var solution = o["solution"] is JsonArray { Count: > 0 } s ? JsonlBenchmarkLoader.Scalar(s[0]!, where, "solution") : null;
        double? tolerance = null;
        if (o["error"] is { } error && error.GetValueKind() != System.Text.Json.JsonValueKind.Null)
        {
            var text = JsonlBenchmarkLoader.Scalar(error, where, "error");
            tolerance = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && t >= 0
                ? t
                : throw new PsrException($"{where}: field 'error' is not a tolerance: '{text}'");
        }
        return new BenchmarkItem(Field(o, "id", where), Field(o, "question", where), answer, solution, tolerance);
    }

    private static string Field(JsonObject o, string field, string where) => JsonlBenchmarkLoader.RequiredString(o, field, where);

    private static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);
}
