using Psr.Core.Errors;
using Psr.Core.IO;
using Psr.Model.Qwen2;
using static TorchSharp.torch;

namespace Psr.Model.Checkpoints;

/// <summary>
/// Hugging Face–layout checkpoint folders: <c>config.json</c> plus <c>model.safetensors</c>, or shards listed in
/// <c>model.safetensors.index.json</c>. Everything is validated before any weight is read; every file is written
/// atomically (temporary sibling, then rename), config last.
/// </summary>
public static class Qwen2Checkpoint
{
    public const string ConfigFile = "config.json";
    public const string WeightsFile = "model.safetensors";
    public const string IndexFile = "model.safetensors.index.json";

    /// <summary>Loads the folder onto <paramref name="device"/> in <paramref name="dtype"/> (default: the config's torch_dtype).</summary>
    public static Qwen2ForCausalLM Load(string directory, Device device, ModelDtype? dtype = null)
    {
        var config = Qwen2Config.Load(Path.Combine(directory, ConfigFile));
        var sources = CheckpointSources.Open(directory);
        RequireShapes(config, sources, Path.Combine(directory, ConfigFile));
        var model = new Qwen2ForCausalLM(config, device, dtype ?? config.TorchDtype);
        try
        {
            CopyWeights(model, sources);
        }
        catch (Exception)
        {
            model.Dispose();
            throw;
        }
        model.eval();
        return model;
    }

    /// <summary>
    /// Checks the sizes config.json declares against the weights' headers before anything is allocated: a config whose
    /// sizes the weights do not have (a typo, a hostile file) fails with one line instead of allocating a model of its
    /// declared size first.
    /// </summary>
    private static void RequireShapes(Qwen2Config config, CheckpointSources sources, string configPath)
    {
        void Expect(string tensor, long[] shape, string fields, bool required)
        {
            if (!sources.Entries.TryGetValue(tensor, out var found))
            {
                if (required)
                    throw new PsrException($"{configPath}: {fields} imply a tensor '{tensor}' that the weights ({sources.Label}) do not have");
                return; // CopyWeights names the missing tensor
            }
            if (!found.Entry.Shape.SequenceEqual(shape))
                throw new PsrException($"{found.Header.Path}: tensor '{tensor}' has shape {found.Entry.ShapeText} but config.json implies {SafetensorsEntry.ShapeToText(shape)} ({fields})");
        }
        Expect("model.embed_tokens.weight", [config.VocabSize, config.HiddenSize], $"vocab_size {config.VocabSize}, hidden_size {config.HiddenSize}", required: false);
        Expect($"model.layers.{config.NumHiddenLayers - 1}.mlp.up_proj.weight", [config.IntermediateSize, config.HiddenSize],
            $"num_hidden_layers ({config.NumHiddenLayers}) and intermediate_size ({config.IntermediateSize})", required: sources.Entries.ContainsKey("model.layers.0.mlp.up_proj.weight"));
        if (sources.Entries.ContainsKey($"model.layers.{config.NumHiddenLayers}.mlp.up_proj.weight"))
            throw new PsrException($"{configPath}: num_hidden_layers ({config.NumHiddenLayers}) is fewer than the weights' layers ({sources.Label})");
    }

    /// <summary>
    /// Saves <paramref name="model"/> into <paramref name="directory"/>: one <c>model.safetensors</c>, or shards of
    /// at most <paramref name="maxShardBytes"/> each plus an index when it does not fit in one.
    /// </summary>
    public static void Save(Qwen2ForCausalLM model, string directory, long maxShardBytes = long.MaxValue)
    {
        Directory.CreateDirectory(directory);
        var tensors = model.state_dict().ToList();
        var shards = Partition(tensors, maxShardBytes);
        if (shards.Count == 1)
        {
            AtomicFile.Write(Path.Combine(directory, WeightsFile), s => SafetensorsFile.Write(s, shards[0]));
            File.Delete(Path.Combine(directory, IndexFile));
        }
        else
        {
            var weightMap = new Dictionary<string, string>();
            for (var i = 0; i < shards.Count; i++)
            {
                var name = $"model-{i + 1:D5}-of-{shards.Count:D5}.safetensors";
                AtomicFile.Write(Path.Combine(directory, name), s => SafetensorsFile.Write(s, shards[i]));
                foreach (var (key, _) in shards[i])
                    weightMap[key] = name;
            }
            var total = tensors.Sum(t => Bytes(t.Value));
            AtomicFile.WriteAllText(Path.Combine(directory, IndexFile), ShardIndex.ToJson(weightMap, total) + "\n");
            File.Delete(Path.Combine(directory, WeightsFile));
        }
        (model.Config with { TorchDtype = model.Dtype }).Save(Path.Combine(directory, ConfigFile));
    }

    private static List<List<KeyValuePair<string, Tensor>>> Partition(List<KeyValuePair<string, Tensor>> tensors, long maxBytes)
    {
        var shards = new List<List<KeyValuePair<string, Tensor>>> { new() };
        long size = 0;
        foreach (var tensor in tensors)
        {
            var bytes = Bytes(tensor.Value);
            if (shards[^1].Count > 0 && size + bytes > maxBytes)
            {
                shards.Add([]);
                size = 0;
            }
            shards[^1].Add(tensor);
            size += bytes;
        }
        return shards;
    }

    private static long Bytes(Tensor t) => t.NumberOfElements * SafetensorsDtypes.SizeOf(t.dtype);

    private static void CopyWeights(Qwen2ForCausalLM model, CheckpointSources sources)
    {
        var expected = model.state_dict();
        foreach (var (name, parameter) in expected)
        {
            if (!sources.Entries.TryGetValue(name, out var source))
                throw new PsrException($"{sources.Label}: missing tensor '{name}'");
            var entry = source.Entry;
            if (!entry.Shape.SequenceEqual(parameter.shape))
                throw new PsrException($"{source.Header.Path}: tensor '{name}' has shape {entry.ShapeText} but config.json implies {SafetensorsEntry.ShapeToText(parameter.shape)}");
            if (entry.Dtype is not (ScalarType.Float32 or ScalarType.BFloat16 or ScalarType.Float16 or ScalarType.Float64))
                throw new PsrException($"{source.Header.Path}: tensor '{name}' has non-float dtype {SafetensorsDtypes.NameOf(entry.Dtype)}");
        }
        foreach (var (name, source) in sources.Entries)
        {
            if (!expected.ContainsKey(name) && !Ignorable(name, model.Config))
                throw new PsrException($"{source.Header.Path}: unexpected tensor '{MessageText.OneLine(name)}' (not a parameter of the model config.json describes)");
        }
        using var noGrad = no_grad();
        foreach (var (name, parameter) in expected)
        {
            using var scope = NewDisposeScope();
            var (header, entry) = sources.Entries[name];
            parameter.copy_(SafetensorsFile.ReadTensor(header, entry));
        }
    }

    // Tied checkpoints sometimes still carry lm_head.weight; old Llama-style ones saved rotary inv_freq buffers.
    private static bool Ignorable(string name, Qwen2Config config) =>
        (name == "lm_head.weight" && config.TieWordEmbeddings) || name.EndsWith(".rotary_emb.inv_freq", StringComparison.Ordinal);
}
