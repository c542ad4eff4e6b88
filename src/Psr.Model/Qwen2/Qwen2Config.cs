using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Psr.Core.Errors;
using Psr.Core.IO;

namespace Psr.Model.Qwen2;

/// <summary>
/// Architecture of a Qwen2-family decoder, read from and written to a Hugging Face <c>config.json</c> (snake_case
/// keys, unknown keys ignored). Size fields are required; the others default to Hugging Face's Qwen2 defaults.
/// </summary>
public sealed record Qwen2Config
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>Model width d (<c>hidden_size</c>). Required.</summary>
    public required int HiddenSize { get; init; }

    /// <summary>SwiGLU inner width (<c>intermediate_size</c>). Required.</summary>
    public required int IntermediateSize { get; init; }

    /// <summary>Number of decoder layers (<c>num_hidden_layers</c>). Required.</summary>
    public required int NumHiddenLayers { get; init; }

    /// <summary>Query heads (<c>num_attention_heads</c>); must divide <see cref="HiddenSize"/>. Required.</summary>
    public required int NumAttentionHeads { get; init; }

    /// <summary>Key/value heads for grouped-query attention; must divide the query heads. Required.</summary>
    public required int NumKeyValueHeads { get; init; }

    /// <summary>Embedding rows (<c>vocab_size</c>); must cover the tokenizer. Required.</summary>
    public required int VocabSize { get; init; }

    /// <summary>Rotary embedding base (<c>rope_theta</c>). Default 10000.</summary>
    public double RopeTheta { get; init; } = 10000.0;

    /// <summary>RMSNorm epsilon (<c>rms_norm_eps</c>). Default 1e-6.</summary>
    public double RmsNormEps { get; init; } = 1e-6;

    /// <summary>Longest sequence (prompt + generation) the rotary tables cover. Default 32768.</summary>
    public int MaxPositionEmbeddings { get; init; } = 32768;

    /// <summary>Whether the LM head reuses the token embedding (no <c>lm_head.weight</c>). Default false.</summary>
    public bool TieWordEmbeddings { get; init; }

    /// <summary>
    /// Whether q/k/v projections have biases (<c>attention_bias</c>). Qwen2 always has them (default true); false
    /// gives a Llama-style model, saved with <c>model_type</c> "llama".
    /// </summary>
    public bool AttentionBias { get; init; } = true;

    /// <summary>Storage dtype of the weights (<c>torch_dtype</c>). Default float32.</summary>
    public ModelDtype TorchDtype { get; init; } = ModelDtype.Float32;

    /// <summary>MLP activation (<c>hidden_act</c>); only SiLU exists in this family. Default silu.</summary>
    public HiddenActivation HiddenAct { get; init; } = HiddenActivation.Silu;

    /// <summary>Hugging Face <c>model_type</c> written on save: qwen2, or llama when there is no QKV bias.</summary>
    public string ModelType => AttentionBias ? "qwen2" : "llama";

    /// <summary>Hugging Face class names written on save.</summary>
    public IReadOnlyList<string> Architectures => [AttentionBias ? "Qwen2ForCausalLM" : "LlamaForCausalLM"];

    /// <summary>Per-head width: hidden size / query heads.</summary>
    [JsonIgnore]
    public int HeadDim => NumAttentionHeads > 0 ? HiddenSize / NumAttentionHeads : 0;

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem with its value.</summary>
    public Qwen2Config Validate()
    {
        var problems = new List<string>();
        void Positive(string name, long value)
        {
            if (value <= 0)
                problems.Add($"{name} ({value}) must be > 0");
        }
        Positive("hidden_size", HiddenSize);
        Positive("intermediate_size", IntermediateSize);
        Positive("num_hidden_layers", NumHiddenLayers);
        Positive("num_attention_heads", NumAttentionHeads);
        Positive("num_key_value_heads", NumKeyValueHeads);
        Positive("vocab_size", VocabSize);
        Positive("max_position_embeddings", MaxPositionEmbeddings);
        if (NumAttentionHeads > 0 && HiddenSize % NumAttentionHeads != 0)
            problems.Add($"hidden_size ({HiddenSize}) must be divisible by num_attention_heads ({NumAttentionHeads})");
        if (NumAttentionHeads > 0 && NumKeyValueHeads > 0 && NumAttentionHeads % NumKeyValueHeads != 0)
            problems.Add($"num_attention_heads ({NumAttentionHeads}) must be divisible by num_key_value_heads ({NumKeyValueHeads})");
        if (HeadDim % 2 != 0)
            problems.Add($"head dim hidden_size/num_attention_heads ({HeadDim}) must be even for rotary embeddings");
        // Upper bounds far above any released Qwen2/Llama size: a config.json beyond them is a typo or hostile, and
        // the model (and its rotary tables, one row per position) would be allocated at that size before anything fails.
        void AtMost(string name, long value, long max)
        {
            if (value > max)
                problems.Add($"{name} ({value}) is out of range (at most {max})");
        }
        AtMost("hidden_size", HiddenSize, MaxHiddenSize);
        AtMost("intermediate_size", IntermediateSize, 4L * MaxHiddenSize);
        AtMost("num_hidden_layers", NumHiddenLayers, 512);
        AtMost("num_attention_heads", NumAttentionHeads, 1024);
        AtMost("vocab_size", VocabSize, 1 << 20);
        AtMost("max_position_embeddings", MaxPositionEmbeddings, MaxPositions);
        if (!(RopeTheta > 1) || !double.IsFinite(RopeTheta))
            problems.Add($"rope_theta ({RopeTheta}) must be > 1");
        if (!(RmsNormEps > 0))
            problems.Add($"rms_norm_eps ({RmsNormEps}) must be > 0");
        ConfigException.ThrowIfAny(problems);
        return this;
    }

    /// <summary>Largest hidden_size accepted (Llama 3.1 405B has 16,384).</summary>
    public const int MaxHiddenSize = 1 << 15;

    /// <summary>Largest max_position_embeddings accepted (Qwen2.5 and Llama 3.1 have 131,072; the tables hold every position).</summary>
    public const int MaxPositions = 1 << 18;

    /// <summary>Parses and validates a <c>config.json</c> text; <paramref name="source"/> names it in errors.</summary>
    public static Qwen2Config Parse(string json, string source)
    {
        Qwen2Config? config;
        try
        {
            var node = JsonNode.Parse(json);
            if (node is JsonObject root)
                Normalize(root, source);
            config = node.Deserialize<Qwen2Config>(Json);
        }
        catch (JsonException e)
        {
            throw new PsrException($"{source}: bad model config{(e.Path is null ? "" : " at " + e.Path)}: {FirstLine(e.Message)}", e);
        }
        if (config is null)
            throw new PsrException($"{source}: bad model config: expected a JSON object, got null");
        try
        {
            return config.Validate();
        }
        catch (ConfigException e)
        {
            throw new PsrException($"{source}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Maps the transformers 5 spellings onto the transformers 4 keys this record uses (<c>rope_parameters.rope_theta</c>
    /// → <c>rope_theta</c>, <c>dtype</c> → <c>torch_dtype</c>) and refuses what this engine does not implement, so a
    /// checkpoint never loads into a model that silently computes something else.
    /// </summary>
    private static void Normalize(JsonObject root, string source)
    {
        if (root["rope_parameters"] is JsonObject rope)
        {
            if (rope["rope_theta"] is JsonValue theta)
                root["rope_theta"] = theta.DeepClone();
            RequireDefaultRope(rope, "rope_parameters", source);
        }
        if (root["rope_scaling"] is JsonObject scaling)
            RequireDefaultRope(scaling, "rope_scaling", source);
        if (!root.ContainsKey("torch_dtype") && root["dtype"] is JsonValue dtype)
            root["torch_dtype"] = dtype.DeepClone();
        if (root["use_sliding_window"] is JsonValue sliding && sliding.TryGetValue<bool>(out var on) && on)
            throw new PsrException($"{source}: use_sliding_window (true) is not supported: this engine implements full attention only");
    }

    private static void RequireDefaultRope(JsonObject rope, string key, string source)
    {
        var type = (rope["rope_type"] ?? rope["type"]) is JsonValue v && v.TryGetValue<string>(out var s) ? s : "default";
        if (type != "default")
            throw new PsrException($"{source}: {key}.rope_type ({type}) is not supported: only the default rotary embedding is implemented");
    }

    /// <summary>Reads and validates <paramref name="path"/>.</summary>
    public static Qwen2Config Load(string path)
    {
        if (!File.Exists(path))
            throw new PsrException($"{path}: model config not found");
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>The Hugging Face–style JSON text of this config.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Writes this config to <paramref name="path"/> atomically.</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson() + "\n");

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
