using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Psr.Core.Errors;
using Psr.Core.IO;

namespace Psr.Eval.Benchmarks;

/// <summary>
/// Loads any JSONL file whose question and answer fields the user names (the built-in math world writes
/// <c>question</c>, <c>answer</c>, <c>solution</c>). Every error names the file, line and field.
/// </summary>
public static class JsonlBenchmarkLoader
{
    /// <summary>Loads <paramref name="path"/> with the given field names.</summary>
    public static IReadOnlyList<BenchmarkItem> Load(string path, JsonlFields fields)
    {
        var items = new List<BenchmarkItem>();
        var index = 0;
        foreach (var line in Jsonl.ReadFile(path))
        {
            var where = $"{path}:{line.LineNumber}";
            var id = fields.Id is { } idField && line.Value[idField] is { } idNode ? Scalar(idNode, where, idField) : index.ToString(CultureInfo.InvariantCulture);
            var question = RequiredString(line.Value, fields.Question, where);
            var answer = AnswerText(line.Value[fields.Answer], where, fields.Answer);
            var solution = fields.Solution is { } sf && line.Value[sf] is { } s ? Scalar(s, where, sf) : null;
            items.Add(new BenchmarkItem(id, question, answer, solution));
            index++;
        }
        return items;
    }

    /// <summary>A string field that must be present.</summary>
    internal static string RequiredString(JsonObject obj, string field, string where) =>
        obj[field] is { } node ? Scalar(node, where, field) : throw new PsrException($"{where}: field '{field}' is missing");

    /// <summary>An answer: a string, a number as written (<c>27.0</c>), or the first element of an array.</summary>
    internal static string AnswerText(JsonNode? node, string where, string field) => node switch
    {
        null => throw new PsrException($"{where}: field '{field}' is missing"),
        JsonArray { Count: > 0 } array => AnswerText(array[0], where, field),
        JsonArray => throw new PsrException($"{where}: field '{field}' is an empty array"),
        _ => Scalar(node, where, field),
    };

    /// <summary>A string's value or a number's JSON text; anything else is an error naming the field.</summary>
    internal static string Scalar(JsonNode node, string where, string field) => node.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number => node.ToJsonString(),
        var kind => throw new PsrException($"{where}: field '{field}' must be a string or number, got {kind}"),
    };
}
