using System.Text.Json;
using System.Text.Json.Serialization;

namespace Psr.Protocol.OpenAI;

/// <summary>
/// Reads OpenAI's "string or array of strings" fields (<c>stop</c>, <c>prompt</c>) as a list; writes a list as an
/// array. A one-element list is written as a plain string. Any other JSON shape is a <see cref="JsonException"/> naming the token, which servers turn into a 400.
/// </summary>
public sealed class StringOrListConverter : JsonConverter<IReadOnlyList<string>>
{
    /// <inheritdoc />
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return [reader.GetString()!];
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException($"expected a string or an array of strings, found {reader.TokenType}");
        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
                throw new JsonException($"expected strings in the array, found {reader.TokenType}");
            items.Add(reader.GetString()!);
        }
        return items;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        if (value.Count == 1)
        {
            writer.WriteStringValue(value[0]); // the common single-string form every server accepts
            return;
        }
        writer.WriteStartArray();
        foreach (var item in value)
            writer.WriteStringValue(item);
        writer.WriteEndArray();
    }
}
