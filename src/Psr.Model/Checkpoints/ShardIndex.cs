using System.Text.Json;
using Psr.Core.Errors;

namespace Psr.Model.Checkpoints;

/// <summary>A Hugging Face <c>model.safetensors.index.json</c>: which shard file holds each tensor.</summary>
public sealed record ShardIndex(string Path, IReadOnlyDictionary<string, string> WeightMap)
{
    /// <summary>Reads and validates <paramref name="path"/>; shard names must be plain file names in its folder.</summary>
    public static ShardIndex Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new PsrException($"{path}: malformed shard index: {e.Message.Split('\n')[0]}", e);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("weight_map", out var map) || map.ValueKind != JsonValueKind.Object)
                throw new PsrException($"{path}: shard index has no 'weight_map' object");
            var weightMap = new Dictionary<string, string>();
            foreach (var entry in map.EnumerateObject())
            {
                var file = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()! : "";
                if (file.Length == 0 || System.IO.Path.GetFileName(file) != file)
                    throw new PsrException($"{path}: weight_map['{entry.Name}'] must be a shard file name in the same folder, got {entry.Value.GetRawText()}");
                weightMap[entry.Name] = file;
            }
            return new ShardIndex(path, weightMap);
        }
    }

    /// <summary>The index JSON for <paramref name="weightMap"/> (name → shard file) and the total tensor bytes.</summary>
    public static string ToJson(IReadOnlyDictionary<string, string> weightMap, long totalSize) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["metadata"] = new Dictionary<string, long> { ["total_size"] = totalSize },
            ["weight_map"] = weightMap,
        }, new JsonSerializerOptions { WriteIndented = true });
}
