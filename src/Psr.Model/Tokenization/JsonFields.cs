using System.Text.Json;
using Psr.Core.Errors;

namespace Psr.Model.Tokenization;

/// <summary>
/// Reads tokenizer JSON files so that every failure is one <see cref="PsrException"/> naming the file and the field
/// (e.g. <c>tokenizer.json: field 'model.merges[3]' must be a string or an array of two strings</c>).
/// </summary>
internal static class JsonFields
{
    /// <summary>Parses the whole file; a missing file or malformed JSON names the file.</summary>
    public static JsonDocument ParseFile(string path)
    {
        if (!File.Exists(path))
            throw new PsrException($"{path}: file not found");
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new PsrException($"{path}: malformed JSON ({e.Message.Split('\n')[0].TrimEnd('.')})", e);
        }
    }

    /// <summary>The member <paramref name="name"/> of <paramref name="obj"/>, which must have <paramref name="kind"/>.</summary>
    public static JsonElement Required(JsonElement obj, string name, JsonValueKind kind, string file, string field)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var value))
            throw new PsrException($"{file}: field '{field}' is missing");
        if (value.ValueKind != kind)
            throw WrongKind(file, field, kind, value);
        return value;
    }

    /// <summary>The member <paramref name="name"/>, or null when it is absent or JSON <c>null</c>.</summary>
    public static JsonElement? Optional(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var value)
            || value.ValueKind == JsonValueKind.Null)
            return null;
        return value;
    }

    /// <summary>A required string member.</summary>
    public static string RequiredString(JsonElement obj, string name, string file, string field) =>
        Required(obj, name, JsonValueKind.String, file, field).GetString()!;

    /// <summary>A required integer member.</summary>
    public static int RequiredInt(JsonElement obj, string name, string file, string field)
    {
        var value = Required(obj, name, JsonValueKind.Number, file, field);
        if (!value.TryGetInt32(out var result))
            throw new PsrException($"{file}: field '{field}' must be a 32-bit integer, got {value.GetRawText()}");
        return result;
    }

    /// <summary>The error for a value of the wrong JSON kind, quoting a short prefix of the value.</summary>
    public static PsrException WrongKind(string file, string field, JsonValueKind expected, JsonElement value)
    {
        var raw = value.GetRawText();
        if (raw.Length > 40)
            raw = raw[..40] + "...";
        return new PsrException($"{file}: field '{field}' must be {Describe(expected)}, got {raw}");
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
