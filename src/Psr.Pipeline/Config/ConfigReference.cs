using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Psr.Core.Errors;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Config;

/// <summary>
/// Renders the configuration reference (<c>docs/config.md</c>) from the records themselves: every key the schema
/// walk accepts (<see cref="ConfigSchema"/>), its type, its default (as <c>config.json</c> writes it), its allowed
/// values and the one-line summary of its XML doc. Regenerate it with the test that checks it
/// (<c>ConfigReferenceTests</c>), never by hand.
/// </summary>
public static partial class ConfigReference
{
    /// <summary>
    /// The Markdown page; <paramref name="summaryOf"/> gives a member's XML doc summary (null when none).
    /// </summary>
    public static string Markdown(Func<PropertyInfo, string?> summaryOf)
    {
        ArgumentNullException.ThrowIfNull(summaryOf);
        var sb = new StringBuilder();
        sb.Append("# Configuration reference\n\n")
            .Append("Generated from the configuration records (`src/Psr.Pipeline/Config`, ")
            .Append("`src/Psr.Roles/Backends`, the trainers'\n")
            .Append("`src/Psr.Training/Sft/SftConfig.cs` and `src/Psr.Training/Dpo/StepDpoConfig.cs`, and the world's\n")
            .Append("`src/Psr.World/Corruption/CorruptionWeights.cs`) by\n")
            .Append("`PSR_WRITE_CONFIG_DOCS=1 dotnet test tests/Psr.Pipeline.Tests --filter ConfigReference`; ")
            .Append("do not edit by hand.\n")
            .Append("Keys are JSON paths in a `--config` file or `--set key=value`; ")
            .Append("defaults are the built-in record defaults\n")
            .Append("(presets change some: `RunPresets`). `[]` marks a list's items.\n\n")
            .Append("| key | type | default | allowed | description |\n|---|---|---|---|---|\n");
        Walk(typeof(RunConfig), new RunConfig(), "", summaryOf, sb);
        return sb.ToString();
    }

    private static void Walk(Type type, object instance, string path, Func<PropertyInfo, string?> summaryOf,
        StringBuilder sb)
    {
        foreach (var property in ConfigSchema.Members(type).Values)
        {
            var key = ConfigProblems.Join(path, JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            var memberType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var value = property.GetValue(instance);
            var element = ConfigSchema.ElementType(memberType);
            if (ConfigSchema.IsSection(memberType))
            {
                Walk(memberType, value ?? Activator.CreateInstance(memberType)!, key, summaryOf, sb);
                continue;
            }
            Row(sb, key, TypeName(memberType), Default(value), Allowed(element ?? memberType), summaryOf(property));
            if (element is not null && ConfigSchema.IsSection(element))
            {
                var first = (value as IEnumerable)?.Cast<object>().FirstOrDefault()
                    ?? Activator.CreateInstance(element)!;
                Walk(element, first, key + "[]", summaryOf, sb);
            }
        }
    }

    private static void Row(StringBuilder sb, string key, string type, string value, string allowed, string? summary) =>
        sb.Append("| `").Append(key).Append("` | ").Append(type).Append(" | ").Append(Cell(value)).Append(" | ")
            .Append(allowed).Append(" | ").Append(OneLine(summary)).Append(" |\n");

    private static string TypeName(Type type) =>
        ConfigSchema.ElementType(type) is { } element ? $"list of {TypeName(element)}"
        : type == typeof(string) ? "string"
        : type == typeof(bool) ? "bool"
        : type == typeof(int) ? "int"
        : type == typeof(long) ? "long"
        : type == typeof(double) ? "number"
        : type.IsEnum ? "enum"
        : type.Name;

    private static string Default(object? value) => JsonSerializer.Serialize(value, ArtifactJson.Compact);

    private static string Allowed(Type type) =>
        type.IsEnum ? string.Join(", ", Enum.GetNames(type).Select(n => $"`{n}`")) : "";

    private static string Cell(string json) =>
        json.Length == 0 ? "" : "`" + json.Replace("|", "\\|", StringComparison.Ordinal) + "`";

    /// <summary>An XML doc summary as one Markdown line: crefs and code become code, whitespace collapses.</summary>
    public static string OneLine(string? xmlSummary)
    {
        if (string.IsNullOrWhiteSpace(xmlSummary))
            return "";
        var text = CrefTag().Replace(xmlSummary, m => "`" + m.Groups["name"].Value.Split('.')[^1] + "`");
        text = CodeTag().Replace(text, m => "`" + m.Groups["code"].Value + "`");
        text = AnyTag().Replace(text, "");
        text = System.Net.WebUtility.HtmlDecode(text);
        return Whitespace().Replace(text, " ").Trim().Replace("|", "\\|", StringComparison.Ordinal);
    }

    [GeneratedRegex("<see(also)? (c|lang)?ref=\"(\\w:)?(?<name>[^\"]+)\"\\s*/>")]
    private static partial Regex CrefTag();

    [GeneratedRegex("<c>(?<code>.*?)</c>", RegexOptions.Singleline)]
    private static partial Regex CodeTag();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex AnyTag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
