using Psr.Core.Errors;

namespace Psr.Model.Checkpoints;

/// <summary>Where each tensor of a checkpoint folder lives: validated headers of one file or of every shard.</summary>
internal sealed class CheckpointSources
{
    private CheckpointSources(string label, Dictionary<string, (SafetensorsHeader Header, SafetensorsEntry Entry)> entries)
    {
        Label = label;
        Entries = entries;
    }

    /// <summary>The file that names the tensors (weights file or index), for messages.</summary>
    public string Label { get; }

    /// <summary>Tensor name → its file header and entry.</summary>
    public IReadOnlyDictionary<string, (SafetensorsHeader Header, SafetensorsEntry Entry)> Entries { get; }

    /// <summary>Reads the index (preferred when present) or the single weights file of <paramref name="directory"/>.</summary>
    public static CheckpointSources Open(string directory)
    {
        var indexPath = Path.Combine(directory, Qwen2Checkpoint.IndexFile);
        var weightsPath = Path.Combine(directory, Qwen2Checkpoint.WeightsFile);
        var entries = new Dictionary<string, (SafetensorsHeader, SafetensorsEntry)>();
        if (File.Exists(indexPath))
        {
            var index = ShardIndex.Read(indexPath);
            var headers = index.WeightMap.Values.Distinct()
                .ToDictionary(f => f, f => SafetensorsHeader.Read(Path.Combine(directory, f)));
            foreach (var (name, file) in index.WeightMap)
            {
                var header = headers[file];
                if (!header.Tensors.TryGetValue(name, out var entry))
                    throw new PsrException($"{header.Path}: missing tensor '{name}' that {indexPath} places there");
                entries[name] = (header, entry);
            }
            return new CheckpointSources(indexPath, entries);
        }
        if (!File.Exists(weightsPath))
            throw new PsrException($"{directory}: no {Qwen2Checkpoint.WeightsFile} or {Qwen2Checkpoint.IndexFile}");
        var single = SafetensorsHeader.Read(weightsPath);
        foreach (var (name, entry) in single.Tensors)
            entries[name] = (single, entry);
        return new CheckpointSources(weightsPath, entries);
    }
}
