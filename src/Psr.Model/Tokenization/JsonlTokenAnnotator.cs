using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Psr.Core.Errors;
using Psr.Core.IO;

namespace Psr.Model.Tokenization;

/// <summary>
/// The work of <c>psr tokenize</c>: reads JSONL objects with a string <c>text</c> field and writes each back with an
/// <c>ids</c> field (replacing any existing one); other fields pass through in order. Every line is checked before
/// anything is written, so a bad line leaves no partial output.
/// </summary>
public sealed class JsonlTokenAnnotator(ITokenizer tokenizer)
{
    // Keeps non-ASCII text readable in the output; JSON-significant characters are still escaped.
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Annotates every line of <paramref name="input"/> (named <paramref name="source"/> in errors).</summary>
    /// <returns>The number of lines written.</returns>
    /// <exception cref="PsrException">A line is not a JSON object or has no string <c>text</c> (names source:line).</exception>
    public int Run(TextReader input, string source, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var lines = new List<string>();
        foreach (var line in Jsonl.Read(input, source))
        {
            var text = line.Value["text"] is JsonValue value && value.TryGetValue<string>(out var s)
                ? s
                : throw new PsrException($"{source}:{line.LineNumber}: field 'text' is missing or not a string");
            line.Value["ids"] = new JsonArray([.. tokenizer.Encode(text).Select(id => (JsonNode)id)]);
            lines.Add(line.Value.ToJsonString(Output));
        }
        foreach (var line in lines)
            output.Write(line + "\n");
        output.Flush();
        return lines.Count;
    }
}
