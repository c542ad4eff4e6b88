using System.Text.Json;
using System.Text.Json.Nodes;
using Psr.Core.Errors;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Config;

/// <summary>
/// Resolves the run configuration: preset → JSON file (deep-merged; lists replace) → <c>--set</c> overrides; then
/// checks every key and type (<see cref="ConfigSchema"/>, pruning what is wrong), deserialises the rest and validates
/// its values. Every problem, of either kind, is reported in one <see cref="ConfigException"/> before any work starts.
/// </summary>
public static class RunConfigLoader
{
    /// <summary>
    /// Loads a configuration. <paramref name="preset"/> wins over a <c>preset</c> key in the file; with neither, the
    /// <c>default</c> preset is the base.
    /// </summary>
    public static RunConfig Load(string? preset = null, string? configPath = null, IReadOnlyList<string>? overrides = null)
    {
        var problems = new List<string>();
        var file = configPath is null ? null : ReadObject(configPath);
        var presetName = preset ?? PresetIn(file) ?? "default";
        if (!RunPresets.Names.Contains(presetName))
            problems.Add($"preset = {ConfigProblems.Format(presetName)}: unknown preset (known: {string.Join(", ", RunPresets.Names)})");
        var baseConfig = problems.Count == 0 ? RunPresets.Get(presetName) : RunPresets.Default;
        var tree = JsonSerializer.SerializeToNode(baseConfig, ArtifactJson.Indented)!.AsObject();
        if (file is not null)
            Merge(tree, file);
        foreach (var assignment in overrides ?? [])
            ConfigOverride.Apply(tree, assignment, problems);
        if (problems.Count == 0)
            tree["preset"] = presetName;
        problems.AddRange(ConfigSchema.CheckAndPrune(tree, typeof(RunConfig)));
        var config = Deserialize(tree);
        problems.AddRange(config.Problems());
        ConfigException.ThrowIfAny(problems);
        return config;
    }

    /// <summary>Reads a saved or hand-written configuration file as a JSON object.</summary>
    private static JsonObject ReadObject(string path)
    {
        if (!File.Exists(path))
            throw new ConfigException([$"{path}: file not found"]);
        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
                AllowDuplicateProperties = false, // else the repeated name fails later, lazily, as an ArgumentException
            }) as JsonObject ?? throw new ConfigException([$"{path}: the configuration must be a JSON object"]);
            if (Psr.Core.IO.JsonStrings.FirstInvalid(root) is { } bad)
                throw new ConfigException([$"{path}: field {bad}: a string holds a lone surrogate (invalid UTF-16)"]);
            return root;
        }
        catch (JsonException e)
        {
            throw new ConfigException([$"{path}:{(e.LineNumber ?? 0) + 1}: malformed JSON ({e.Message.Split('\n')[0].TrimEnd('.')})"]);
        }
    }

    private static string? PresetIn(JsonObject? file) =>
        file?["preset"] is JsonValue v && v.TryGetValue<string>(out var name) ? name : null;

    /// <summary>Deep-merges <paramref name="overlay"/> into <paramref name="target"/>: objects merge, anything else replaces.</summary>
    private static void Merge(JsonObject target, JsonObject overlay)
    {
        foreach (var (key, value) in overlay)
        {
            if (target[key] is JsonObject inner && value is JsonObject innerOverlay)
                Merge(inner, innerOverlay);
            else
                target[key] = value?.DeepClone();
        }
    }

    private static RunConfig Deserialize(JsonObject tree)
    {
        try
        {
            return tree.Deserialize<RunConfig>(ArtifactJson.Indented)
                ?? throw new ConfigException(["(root) = null: a configuration object is required"]);
        }
        catch (JsonException e)
        {
            // The schema walk accepts only what the serializer binds; this is a backstop naming the path.
            throw new ConfigException([$"{e.Path}: {e.Message.Split('\n')[0]}"]);
        }
    }
}
