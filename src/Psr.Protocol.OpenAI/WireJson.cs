using System.Text.Json;
using System.Text.Json.Serialization;

namespace Psr.Protocol.OpenAI;

/// <summary>
/// JSON settings of the OpenAI wire format: snake_case names, nulls left out (so an unset optional field is never
/// sent as <c>null</c>, which some servers reject), enums as strings.
/// </summary>
public static class WireJson
{
    /// <summary>The shared, immutable options (client and server).</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
