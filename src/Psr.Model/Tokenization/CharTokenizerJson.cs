using System.Text.Encodings.Web;
using System.Text.Json;
using Psr.Core.Errors;
using Psr.Core.IO;

namespace Psr.Model.Tokenization;

/// <summary>
/// The <c>psr_tokenizer.json</c> schema (version 1):
/// <code>
/// { "format": "psr-char-tokenizer", "version": 1,
///   "special_tokens": ["&lt;|pad|&gt;", "&lt;|endoftext|&gt;"], "pad_token": "&lt;|pad|&gt;", "eos_token": "&lt;|endoftext|&gt;",
///   "alphabet": ["\n", " ", "0", "1", ...] }
/// </code>
/// Ids are the special tokens in list order, then the alphabet (one single-character string per entry) in order.
/// </summary>
internal static class CharTokenizerJson
{
    /// <summary>Value of <c>format</c> that marks this schema (and tells it apart from Hugging Face files).</summary>
    public const string Format = "psr-char-tokenizer";

    private const int Version = 1;

    /// <summary>True when <paramref name="root"/> declares this schema.</summary>
    public static bool IsCharTokenizer(JsonElement root) =>
        JsonFields.Optional(root, "format") is { ValueKind: JsonValueKind.String } format && format.GetString() == Format;

    /// <summary>Reads and validates a parsed file; every problem names <paramref name="file"/> and the field.</summary>
    public static CharTokenizer Read(JsonElement root, string file)
    {
        if (JsonFields.RequiredString(root, "format", file, "format") != Format)
            throw new PsrException($"{file}: field 'format' must be \"{Format}\"");
        var version = JsonFields.RequiredInt(root, "version", file, "version");
        if (version != Version)
            throw new PsrException($"{file}: field 'version' is {version}; this psr reads version {Version}");
        // Fields are read in the order the schema lists them, so the first missing one is reported.
        var specialTokens = ReadStrings(root, "special_tokens", file);
        var padToken = JsonFields.RequiredString(root, "pad_token", file, "pad_token");
        var eosToken = JsonFields.RequiredString(root, "eos_token", file, "eos_token");
        var spec = new CharTokenizerSpec
        {
            Alphabet = ReadAlphabet(root, file),
            SpecialTokens = specialTokens,
            PadToken = padToken,
            EosToken = eosToken,
        };
        var problems = spec.Validate();
        if (problems.Count > 0)
            throw new PsrException($"{file}: {string.Join("; ", problems)}");
        return CharTokenizer.Create(spec);
    }

    /// <summary>Writes <paramref name="spec"/> to <paramref name="path"/> atomically (never half-written).</summary>
    public static void Write(CharTokenizerSpec spec, string path)
    {
        // Relaxed escaping keeps the alphabet readable; JSON-significant characters are still escaped.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        AtomicFile.Write(path, stream =>
        {
            using var writer = new Utf8JsonWriter(stream, options);
            writer.WriteStartObject();
            writer.WriteString("format", Format);
            writer.WriteNumber("version", Version);
            writer.WriteStartArray("special_tokens");
            foreach (var token in spec.SpecialTokens)
                writer.WriteStringValue(token);
            writer.WriteEndArray();
            writer.WriteString("pad_token", spec.PadToken);
            writer.WriteString("eos_token", spec.EosToken);
            writer.WriteStartArray("alphabet");
            foreach (var c in spec.Alphabet)
                writer.WriteStringValue(c.ToString());
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static string ReadAlphabet(JsonElement root, string file)
    {
        var entries = ReadStrings(root, "alphabet", file);
        var chars = new char[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Length != 1)
                throw new PsrException(
                    $"{file}: field 'alphabet[{i}]' must be exactly one UTF-16 character, got \"{entries[i]}\"");
            chars[i] = entries[i][0];
        }
        return new string(chars);
    }

    private static List<string> ReadStrings(JsonElement root, string name, string file)
    {
        var array = JsonFields.Required(root, name, JsonValueKind.Array, file, name);
        var result = new List<string>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
                throw JsonFields.WrongKind(file, $"{name}[{index}]", JsonValueKind.String, item);
            result.Add(item.GetString()!);
            index++;
        }
        return result;
    }
}
