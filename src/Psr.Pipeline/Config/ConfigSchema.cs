using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Psr.Core.Errors;
using Psr.Roles.Backends;
using Psr.Training.Dpo;
using Psr.Training.Sft;

namespace Psr.Pipeline.Config;

/// <summary>
/// Checks a JSON tree against the configuration record types and collects every unknown key and type error, with
/// its key path and value. System.Text.Json stops at the first error, so the walk is done here (reflection over the
/// records' settable properties, the same members the serializer binds) before deserialising. Offending keys are
/// pruned from the tree, so the rest can still be deserialised and its values validated in the same report.
/// </summary>
public static class ConfigSchema
{
    /// <summary>
    /// Every problem of <paramref name="node"/> read as a <paramref name="type"/> at <paramref name="path"/>; unknown keys
    /// and ill-typed values are removed from <paramref name="node"/> (members then keep their defaults).
    /// </summary>
    public static IReadOnlyList<string> CheckAndPrune(JsonNode? node, Type type, string path = "")
    {
        var problems = new List<string>();
        Walk(node, type, nullable: false, path, problems, new NullabilityInfoContext());
        return problems;
    }

    /// <summary>Checks one node; returns false when the node itself must be pruned.</summary>
    private static bool Walk(JsonNode? node, Type type, bool nullable, string path, List<string> problems, NullabilityInfoContext nullability)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (node is null)
        {
            if (nullable || underlying is not null)
                return true;
            problems.Add($"{Key(path)} = null: a value is required");
            return false;
        }
        type = underlying ?? type;
        if (ElementType(type) is { } element)
            return WalkArray(node, element, path, problems, nullability);
        if (IsSection(type))
            return WalkObject(node, type, path, problems, nullability);
        if (ScalarProblem(node, node.GetValueKind(), type) is not { } problem)
            return true;
        Add(problems, path, node, problem);
        return false;
    }

    private static bool WalkArray(JsonNode node, Type element, string path, List<string> problems, NullabilityInfoContext nullability)
    {
        if (node.GetValueKind() != JsonValueKind.Array)
        {
            Add(problems, path, node, "expected an array");
            return false;
        }
        var items = node.AsArray();
        var bad = Enumerable.Range(0, items.Count)
            .Where(i => !Walk(items[i], element, nullable: false, $"{path}[{i}]", problems, nullability)).ToList();
        foreach (var i in Enumerable.Reverse(bad))
            items.RemoveAt(i);
        return true;
    }

    private static bool WalkObject(JsonNode node, Type type, string path, List<string> problems, NullabilityInfoContext nullability)
    {
        if (node.GetValueKind() != JsonValueKind.Object)
        {
            Add(problems, path, node, "expected an object");
            return false;
        }
        var members = Members(type);
        var prune = new List<string>();
        foreach (var (key, value) in node.AsObject())
        {
            var childPath = ConfigProblems.Join(path, key);
            if (!members.TryGetValue(key, out var property))
            {
                problems.Add($"{childPath}: unknown key (known: {string.Join(", ", members.Keys)})");
                prune.Add(key);
                continue;
            }
            var isNullable = nullability.Create(property).WriteState == NullabilityState.Nullable;
            if (!Walk(value, property.PropertyType, isNullable, childPath, problems, nullability))
                prune.Add(key);
        }
        prune.ForEach(key => node.AsObject().Remove(key));
        return true;
    }

    private static string? ScalarProblem(JsonNode node, JsonValueKind kind, Type type)
    {
        if (type == typeof(string))
            return kind == JsonValueKind.String ? null : "expected a string";
        if (type == typeof(bool))
            return kind is JsonValueKind.True or JsonValueKind.False ? null : "expected true or false";
        if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            return kind == JsonValueKind.String && names.Contains(node.GetValue<string>(), StringComparer.Ordinal)
                ? null : "expected one of " + string.Join(", ", names);
        }
        if (kind != JsonValueKind.Number)
            return type == typeof(double) ? "expected a number" : "expected an integer";
        var value = node.AsValue();
        if (type == typeof(int))
            return value.TryGetValue<int>(out _) ? null : "expected an integer (32-bit)";
        if (type == typeof(long))
            return value.TryGetValue<long>(out _) ? null : "expected an integer (64-bit)";
        if (type == typeof(double))
            return value.TryGetValue<double>(out _) ? null : "expected a number";
        throw new NotSupportedException($"configuration member type {type} is not supported by the schema walk");
    }

    /// <summary>
    /// The JSON keys of a section: its public settable properties the serializer writes (a trainer's own settings are
    /// <see cref="JsonIgnoreAttribute"/>d), camelCase, in the serializer's order (a base record's first).
    /// </summary>
    internal static Dictionary<string, PropertyInfo> Members(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.SetMethod is { IsPublic: true })
        .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
        .OrderBy(p => p.GetCustomAttribute<JsonPropertyOrderAttribute>()?.Order ?? 0)
        .ThenBy(p => Depth(p.DeclaringType!))
        .ThenBy(p => p.MetadataToken)
        .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), StringComparer.Ordinal);

    private static int Depth(Type type) => type.BaseType is { } b ? 1 + Depth(b) : 0;

    // The run configuration's records, the backends section's (kept beside the role contracts, Psr.Roles) and the
    // trainers' (Psr.Training declares them once; the run's sft and dpo sections are they).
    private static readonly string[] SectionNamespaces =
    [
        typeof(ConfigSchema).Namespace!, typeof(BackendsConfig).Namespace!, typeof(SftConfig).Namespace!,
        typeof(StepDpoConfig).Namespace!, typeof(Psr.World.Corruption.CorruptionWeights).Namespace!,
    ];

    internal static bool IsSection(Type type) =>
        type.IsClass && type != typeof(string) && SectionNamespaces.Contains(type.Namespace, StringComparer.Ordinal);

    internal static Type? ElementType(Type type)
    {
        if (type.IsArray)
            return type.GetElementType();
        if (!type.IsGenericType)
            return null;
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyList<>) || definition == typeof(List<>) || definition == typeof(IList<>)
            ? type.GetGenericArguments()[0] : null;
    }

    private static void Add(List<string> problems, string path, JsonNode node, string problem) =>
        problems.Add($"{Key(path)} = {node.ToJsonString()}: {problem}");

    private static string Key(string path) => path.Length == 0 ? "(root)" : path;
}
