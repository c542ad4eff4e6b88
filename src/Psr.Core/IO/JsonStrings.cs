using System.Text.Json;
using System.Text.Json.Nodes;

namespace Psr.Core.IO;

/// <summary>
/// Finds JSON strings that are not valid UTF-16 (a lone surrogate written as <c>"\ud800"</c>). System.Text.Json
/// parses them lazily and throws <see cref="InvalidOperationException"/> only when the value is read, far from the
/// file and line; readers check a parsed line with this instead.
/// </summary>
public static class JsonStrings
{
    /// <summary>The path (<c>$.a.b[2]</c>) of the first invalid string or property name, or null when all are valid.</summary>
    public static string? FirstInvalid(JsonNode? node, string path = "$")
    {
        switch (node)
        {
            case JsonObject obj:
                List<KeyValuePair<string, JsonNode?>> members;
                try
                {
                    members = obj.ToList();
                }
                catch (InvalidOperationException)
                {
                    return path + " (a property name)";
                }
                foreach (var (name, value) in members)
                    if (FirstInvalid(value, $"{path}.{name}") is { } bad)
                        return bad;
                return null;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    if (FirstInvalid(array[i], $"{path}[{i}]") is { } bad)
                        return bad;
                return null;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                try
                {
                    value.GetValue<string>();
                    return null;
                }
                catch (InvalidOperationException)
                {
                    return path;
                }
            default:
                return null;
        }
    }
}
