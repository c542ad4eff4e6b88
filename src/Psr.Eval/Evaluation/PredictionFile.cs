using System.Text.Json;
using System.Text.Json.Nodes;
using Psr.Core.Errors;
using Psr.Core.IO;
using Psr.Eval.Benchmarks;

namespace Psr.Eval.Evaluation;

/// <summary>Reads a predictions file: JSONL lines <c>{"id", "output"}</c> (or <c>{"id", "prediction"}</c> with an answer).</summary>
public static class PredictionFile
{
    /// <summary>The predictions of <paramref name="path"/> (<c>-</c> for stdin); errors name the file and line.</summary>
    public static IReadOnlyList<Prediction> Read(string path)
    {
        using var reader = Jsonl.OpenReader(path);
        return Jsonl.Read(reader, path).Select(line => Parse(line, path)).ToArray();
    }

    private static Prediction Parse(JsonlLine line, string path)
    {
        var where = $"{path}:{line.LineNumber}";
        var id = JsonlBenchmarkLoader.RequiredString(line.Value, "id", where);
        var output = OptionalString(line.Value, "output", where);
        var answer = OptionalString(line.Value, "prediction", where);
        if (!line.Value.ContainsKey("output") && !line.Value.ContainsKey("prediction"))
            throw new PsrException($"{where}: needs an 'output' or a 'prediction' field");
        return new Prediction(id, output, answer);
    }

    /// <summary>A string field, null when absent or JSON null; any other type is an error.</summary>
    internal static string? OptionalString(JsonObject obj, string field, string where) => obj[field] switch
    {
        null => null,
        var node when node.GetValueKind() == JsonValueKind.Null => null,
        var node => JsonlBenchmarkLoader.Scalar(node, where, field),
    };
}
