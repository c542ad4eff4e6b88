using Psr.Model.Qwen2;
using Psr.Pipeline.Config;

namespace Psr.Pipeline.WorldModels;

/// <summary>Dimensions of the from-scratch world models (Llama-style: no QKV bias, tied embeddings).</summary>
public static class WorldModelShape
{
    /// <summary>The Qwen2 config for <paramref name="size"/> over a vocabulary of <paramref name="vocab"/> ids.</summary>
    public static Qwen2Config For(ModelSize size, int vocab) => size switch
    {
        // Prototype 1/2's model: d=128, 4 layers, 4 heads, SwiGLU 3d (about 0.8 M parameters).
        ModelSize.Test => Config(16, 32, 1, 2, vocab),
        ModelSize.Tiny => Config(128, 384, 4, 4, vocab),
        ModelSize.Small => Config(256, 768, 4, 8, vocab),
        _ => throw new Psr.Core.Errors.PsrException($"model size {size} has no from-scratch shape (use Test, Tiny or Small)"),
    };

    private static Qwen2Config Config(int d, int inner, int layers, int heads, int vocab) => new Qwen2Config
    {
        HiddenSize = d, IntermediateSize = inner, NumHiddenLayers = layers, NumAttentionHeads = heads,
        NumKeyValueHeads = heads, VocabSize = vocab, MaxPositionEmbeddings = 1024, TieWordEmbeddings = true,
        AttentionBias = false,
    }.Validate();
}
