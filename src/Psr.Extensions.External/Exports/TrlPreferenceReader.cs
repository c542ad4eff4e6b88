using System.Text.Json;
using Psr.Core.Errors;
using Psr.Core.IO;
using Psr.Training.Data;

namespace Psr.Extensions.External.Exports;

/// <summary>
/// Reads TRL standard preference rows (<c>{"prompt", "chosen", "rejected"}</c> strings, one JSON object per line) back
/// into preference examples: what psr's own trainer needs when it stands in for an external one. A malformed line
/// is an error naming the file and line.
/// </summary>
public static class TrlPreferenceReader
{
    /// <summary>The rows of <paramref name="path"/> (a <c>.jsonl</c> file, or a folder holding <c>preference.jsonl</c>).</summary>
    public static IReadOnlyList<PreferenceExample> Read(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, "preference.jsonl") : path;
        var rows = new List<PreferenceExample>();
        foreach (var (number, line) in Utf8LineReader.ReadLines(file))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            rows.Add(Parse(line, file, number));
        }
        return rows;
    }

    private static PreferenceExample Parse(string line, string file, int number)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            return new PreferenceExample(Field(doc, "prompt", file, number), Field(doc, "chosen", file, number), Field(doc, "rejected", file, number));
        }
        catch (JsonException e)
        {
            throw new PsrException($"{file}:{number}: malformed JSON ({e.Message.Split('\n')[0]})");
        }
        catch (InvalidOperationException) // GetString on a lone surrogate ("\ud800")
        {
            throw new PsrException($"{file}:{number}: a string is not valid UTF-16 (lone surrogate)");
        }
    }

    private static string Field(JsonDocument doc, string name, string file, int number) =>
        doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new PsrException($"{file}:{number}: \"{name}\" must be a string (TRL standard preference row)");
}
