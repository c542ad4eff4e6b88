using System.Text.Json;
using System.Text.Json.Nodes;
using Psr.Protocol.OpenAI;
using Psr.Core.Errors;
using Psr.Core.IO;

namespace Psr.Backends.OpenAI.Evaluation;

/// <summary>One line of <c>outputs.jsonl</c>: an item's prompt and greedy output.</summary>
/// <param name="Id">The benchmark item id.</param>
/// <param name="Prompt">The prompt as sent (for chat, the messages' contents).</param>
/// <param name="Output">The generated text.</param>
/// <param name="Truncated">True when the token cap cut the output (written as <c>finish_reason</c> <c>length</c>).</param>
public sealed record OutputRecord(string Id, string Prompt, string Output, bool Truncated)
{
    /// <summary>The JSON line: <c>{"id", "prompt", "output", "finish_reason"}</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["id"] = Id, ["prompt"] = Prompt, ["output"] = Output,
        ["finish_reason"] = Truncated ? FinishReasons.Length : FinishReasons.Stop,
    };

    /// <summary>Reads a line written by <see cref="ToJson"/>; errors name <paramref name="source"/> and the line.</summary>
    public static OutputRecord Parse(JsonlLine line, string source)
    {
        var where = $"{source}:{line.LineNumber}";
        var finish = Text(line.Value, "finish_reason", where);
        if (finish is not (FinishReasons.Stop or FinishReasons.Length))
            throw new PsrException($"{where}: finish_reason must be \"stop\" or \"length\", got \"{finish}\"");
        return new OutputRecord(
            Text(line.Value, "id", where),
            Text(line.Value, "prompt", where),
            Text(line.Value, "output", where),
            finish == FinishReasons.Length);
    }

    private static string Text(JsonObject obj, string field, string where) =>
        obj[field] is { } node && node.GetValueKind() == JsonValueKind.String
            ? node.GetValue<string>()
            : throw new PsrException($"{where}: field '{field}' must be a string");
}
