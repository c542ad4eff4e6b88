using Psr.Model.Qwen2;
using static TorchSharp.torch;

namespace Psr.Training.Tests.Fixtures;

/// <summary>A 2-layer, hidden-32 Qwen2 model: small enough that a few training steps take milliseconds.</summary>
public static class TinyModels
{
    public static Qwen2Config Config { get; } = new()
    {
        HiddenSize = 32,
        IntermediateSize = 64,
        NumHiddenLayers = 2,
        NumAttentionHeads = 4,
        NumKeyValueHeads = 2,
        VocabSize = 98,
        MaxPositionEmbeddings = 128,
        TieWordEmbeddings = true,
    };

    public static Qwen2ForCausalLM Create(long seed = 1) =>
        Qwen2ForCausalLM.Create(Config, CPU, ModelDtype.Float32, seed);

    /// <summary>Copies of every parameter, by name, for before/after comparisons.</summary>
    public static Dictionary<string, float[]> Snapshot(Qwen2ForCausalLM model) =>
        model.named_parameters().ToDictionary(p => p.name, p => p.parameter.data<float>().ToArray());
}
