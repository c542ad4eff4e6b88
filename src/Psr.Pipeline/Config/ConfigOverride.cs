using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Psr.Pipeline.Config;

/// <summary>
/// Applies one <c>--set key=value</c> to a configuration JSON tree. The key is a path such as
/// <c>search.width</c> or <c>rounds[1].questions</c>; the value is JSON when it parses as JSON, else a string
/// (so <c>--set dpo.beta=0.3</c> is a number and <c>--set search.allTie=Resample</c> a string).
/// </summary>
public static partial class ConfigOverride
{
    /// <summary>Applies <paramref name="assignment"/> to <paramref name="tree"/>, or adds a problem naming it.</summary>
    public static void Apply(JsonObject tree, string assignment, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(assignment);
        var eq = assignment.IndexOf('=', StringComparison.Ordinal);
        var key = eq < 0 ? assignment : assignment[..eq];
        if (eq < 0 || !KeyPattern().IsMatch(key))
        {
            problems.Add($"--set {assignment}: expected key=value with a key like search.width or rounds[0].questions");
            return;
        }
        var error = Set(tree, Segments(key), ParseValue(assignment[(eq + 1)..]));
        if (error is not null)
            problems.Add($"--set {assignment}: {error}");
    }

    /// <summary>Parses a value as JSON, falling back to a plain string.</summary>
    public static JsonNode? ParseValue(string text)
    {
        try
        {
            var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
            return Psr.Core.IO.JsonStrings.FirstInvalid(node) is null ? node : JsonValue.Create(text);
        }
        catch (JsonException)
        {
            // Not JSON: an unquoted word such as an enum name or a path is meant as a string.
            return JsonValue.Create(text);
        }
    }

    private static string? Set(JsonObject tree, List<object> segments, JsonNode? value)
    {
        JsonNode current = tree;
        for (var i = 0; i < segments.Count; i++)
        {
            var last = i == segments.Count - 1;
            switch (segments[i], current)
            {
                case (string name, JsonObject obj):
                    if (last)
                        obj[name] = value;
                    else
                        current = obj[name] ??= new JsonObject();
                    break;
                case (int index, JsonArray array) when index < array.Count:
                    if (last)
                        array[index] = value;
                    else
                        current = array[index] ??= new JsonObject();
                    break;
                case (int index, JsonArray array):
                    return $"index {index} is out of range (the list has {array.Count} items)";
                default:
                    return $"{Describe(segments, i)} is not {(segments[i] is int ? "a list" : "an object")}";
            }
        }
        return null;
    }

    private static List<object> Segments(string key) =>
        SegmentPattern().Matches(key).Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value,
            System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static string Describe(List<object> segments, int count) => count == 0 ? "the root" :
        string.Concat(segments.Take(count).Select((s, i) => s is int n ? $"[{n}]" : (i == 0 ? "" : ".") + s));

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*(\[\d{1,6}\])*(\.[A-Za-z][A-Za-z0-9_]*(\[\d{1,6}\])*)*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"([A-Za-z][A-Za-z0-9_]*)|\[(\d+)\]")]
    private static partial Regex SegmentPattern();
}
