using Psr.Model.Qwen2;
using TorchSharp;

namespace Psr.Testing;

/// <summary>2-layer, hidden-32 Qwen2 models: small enough that a forward or a training step takes milliseconds.</summary>
public static class TinyModels
{
    /// <summary>The configuration (pass <see cref="TestCharTokenizer"/>'s vocabulary size when text goes in).</summary>
    public static Qwen2Config Config(bool tied = false, bool bias = true, int vocab = 64, int maxPositions = 256) => new()
    {
        HiddenSize = 32,
        IntermediateSize = 64,
        NumHiddenLayers = 2,
        NumAttentionHeads = 4,
        NumKeyValueHeads = 2,
        VocabSize = vocab,
        MaxPositionEmbeddings = maxPositions,
        TieWordEmbeddings = tied,
        AttentionBias = bias,
        RopeTheta = 10000,
    };

    /// <summary>A model in evaluation mode, for inference tests.</summary>
    public static Qwen2ForCausalLM Model(bool tied = false, bool bias = true, long seed = 1,
        ModelDtype dtype = ModelDtype.Float32, int vocab = 64)
    {
        var model = Qwen2ForCausalLM.Create(Config(tied, bias, vocab), torch.CPU, dtype, seed);
        model.eval();
        return model;
    }

    /// <summary>
    /// An inference model over <see cref="TestCharTokenizer"/>'s vocabulary whose weights (norms and biases aside) are
    /// redrawn with std 0.2 from their own generator, so logits have a realistic spread for precision tests whatever
    /// ran before in the process.
    /// </summary>
    public static Qwen2ForCausalLM Spread(long seed = 3, bool tied = false)
    {
        var model = Model(tied: tied, seed: seed, vocab: new TestCharTokenizer().VocabSize);
        using var noGrad = torch.no_grad();
        using var generator = new torch.Generator(11, torch.CPU);
        foreach (var (name, p) in model.named_parameters())
        {
            if (!name.EndsWith("norm.weight", StringComparison.Ordinal) && !name.EndsWith(".bias", StringComparison.Ordinal))
                p.normal_(0, 0.2, generator);
        }
        return model;
    }

    /// <summary>The trainers' model: tied embeddings, 128 positions, <see cref="TestCharTokenizer"/>'s vocabulary.</summary>
    public static Qwen2ForCausalLM Create(long seed = 1) =>
        Qwen2ForCausalLM.Create(Config(tied: true, vocab: 98, maxPositions: 128), torch.CPU, ModelDtype.Float32, seed);

    /// <summary>Copies of every parameter, by name, for before/after comparisons.</summary>
    public static Dictionary<string, float[]> Snapshot(Qwen2ForCausalLM model) =>
        model.named_parameters().ToDictionary(p => p.name, p => p.parameter.data<float>().ToArray());
}
