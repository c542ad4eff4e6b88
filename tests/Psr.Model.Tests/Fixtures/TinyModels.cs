using Psr.Model.Qwen2;
using TorchSharp;

namespace Psr.Model.Tests.Fixtures;

/// <summary>Small Qwen2 configurations and models for fast CPU tests.</summary>
internal static class TinyModels
{
    public static Qwen2Config Config(bool tied = false, bool bias = true, int vocab = 64) => new()
    {
        HiddenSize = 32,
        IntermediateSize = 64,
        NumHiddenLayers = 2,
        NumAttentionHeads = 4,
        NumKeyValueHeads = 2,
        VocabSize = vocab,
        MaxPositionEmbeddings = 256,
        TieWordEmbeddings = tied,
        AttentionBias = bias,
        RopeTheta = 10000,
    };

    public static Qwen2ForCausalLM Model(bool tied = false, bool bias = true, long seed = 1,
        ModelDtype dtype = ModelDtype.Float32, int vocab = 64)
    {
        var model = Qwen2ForCausalLM.Create(Config(tied, bias, vocab), torch.CPU, dtype, seed);
        model.eval();
        return model;
    }
}
