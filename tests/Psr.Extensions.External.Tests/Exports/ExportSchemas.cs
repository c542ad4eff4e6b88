using System.Text.Json.Nodes;

namespace Psr.Extensions.External.Tests.Exports;

/// <summary>
/// The documented row schemas (docs/exports.md, with sources): field name → kind. Kinds: "string"; "messages" (a
/// non-empty array of {role, content} strings); "turns" (a non-empty array of {from, value}); "turn" (one {from, value}).
/// </summary>
internal static class ExportSchemas
{
    public static readonly Dictionary<string, string> TrlPreference = new() { ["prompt"] = "string", ["chosen"] = "string", ["rejected"] = "string" };
    public static readonly Dictionary<string, string> TrlSft = new() { ["prompt"] = "string", ["completion"] = "string" };
    public static readonly Dictionary<string, string> TrlConversationalPreference = new() { ["prompt"] = "messages", ["chosen"] = "messages", ["rejected"] = "messages" };
    public static readonly Dictionary<string, string> TrlConversationalSft = new() { ["prompt"] = "messages", ["completion"] = "messages" };
    public static readonly Dictionary<string, string> LlamaFactoryAlpacaRanking = new() { ["instruction"] = "string", ["input"] = "string", ["chosen"] = "string", ["rejected"] = "string" };
    public static readonly Dictionary<string, string> LlamaFactorySharegptRanking = new() { ["conversations"] = "turns", ["chosen"] = "turn", ["rejected"] = "turn" };
    public static readonly Dictionary<string, string> LlamaFactoryAlpacaSft = new() { ["instruction"] = "string", ["input"] = "string", ["output"] = "string" };
    public static readonly Dictionary<string, string> StepDpo = new() { ["dataset"] = "string", ["prompt"] = "string", ["initial_reason_steps"] = "string", ["chosen"] = "string", ["rejected"] = "string" };

    /// <summary>Asserts the row has exactly the schema's fields, each of its kind.</summary>
    public static void Check(JsonObject row, Dictionary<string, string> schema)
    {
        Assert.Equal(schema.Keys.Order(), row.Select(kv => kv.Key).Order());
        foreach (var (field, kind) in schema)
        {
            var value = row[field]!;
            switch (kind)
            {
                case "string":
                    Assert.Equal(System.Text.Json.JsonValueKind.String, value.GetValueKind());
                    break;
                case "messages":
                    Assert.NotEmpty(value.AsArray());
                    Assert.All(value.AsArray(), m => Pair(m!.AsObject(), "role", "content", ["system", "user", "assistant"]));
                    break;
                case "turns":
                    Assert.NotEmpty(value.AsArray());
                    Assert.All(value.AsArray(), t => Pair(t!.AsObject(), "from", "value", ["human", "gpt", "system"]));
                    break;
                case "turn":
                    Pair(value.AsObject(), "from", "value", ["gpt"]);
                    break;
                default:
                    throw new ArgumentException(kind);
            }
        }
    }

    private static void Pair(JsonObject o, string key, string value, string[] allowed)
    {
        Assert.Equal(new[] { key, value }.Order(), o.Select(kv => kv.Key).Order());
        Assert.Contains((string)o[key]!, allowed);
        Assert.Equal(System.Text.Json.JsonValueKind.String, o[value]!.GetValueKind());
    }
}
