using System.Text.Json;
using System.Text.Json.Nodes;
using Psr.Core.Errors;

namespace Psr.Core.IO;

/// <summary>Reads JSON Lines files; every error names the source and the 1-based line number.</summary>
public static class Jsonl
{
    /// <summary>
    /// How the CLI passes a lone <c>-</c> argument on (Spectre.Console.Cli rejects <c>-</c> itself as a nameless
    /// option, so <c>PsrApp</c> rewrites it to this marker before parsing).
    /// </summary>
    public const string StdinMarker = "<stdin>";

    /// <summary>True when <paramref name="path"/> means standard input (<c>-</c> or <see cref="StdinMarker"/>).</summary>
    public static bool IsStdin(string path) => path is "-" or StdinMarker;

    /// <summary>
    /// Opens <paramref name="path"/> for reading (strict UTF-8: an invalid byte is an error naming the line), or
    /// standard input when the path is <c>-</c>.
    /// </summary>
    public static TextReader OpenReader(string path)
    {
        if (IsStdin(path))
            return Console.In;
        return Utf8LineReader.Open(path);
    }

    /// <summary>
    /// Yields each non-blank line of <paramref name="reader"/> as a JSON object. A line that is not a JSON object throws
    /// <see cref="PsrException"/> naming <paramref name="source"/> and the line, unless <paramref name="onInvalid"/> is
    /// given, in which case it is called with the line number and the reason, and the line is skipped.
    /// </summary>
    public static IEnumerable<JsonlLine> Read(TextReader reader, string source, Action<int, string>? onInvalid = null)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            JsonObject? obj = null;
            string? error = null;
            try
            {
                obj = JsonNode.Parse(line) as JsonObject;
                if (obj is null)
                    error = "not a JSON object";
                else if (JsonStrings.FirstInvalid(obj) is { } bad)
                    error = $"field {bad}: a string holds a lone surrogate (invalid UTF-16)";
            }
            catch (JsonException e)
            {
                error = "malformed JSON (" + e.Message.Split('\n')[0].TrimEnd('.') + ")";
            }
            catch (ArgumentException) // JsonObject materializes members lazily; a repeated name fails there
            {
                error = "a property name appears twice in one object";
            }
            if (error is not null)
            {
                if (onInvalid is null)
                    throw new PsrException($"{source}:{lineNumber}: {error}");
                onInvalid(lineNumber, error);
                continue;
            }
            yield return new JsonlLine(lineNumber, obj!);
        }
    }

    /// <summary>Reads every line of the file at <paramref name="path"/>.</summary>
    public static List<JsonlLine> ReadFile(string path)
    {
        using var reader = OpenReader(path);
        return Read(reader, path).ToList();
    }

    /// <summary>Writes <paramref name="items"/> as JSON Lines to <paramref name="path"/> atomically.</summary>
    public static void WriteFile(string path, IEnumerable<JsonNode> items)
    {
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            foreach (var item in items)
                writer.Write(item.ToJsonString() + "\n");
        });
    }
}
