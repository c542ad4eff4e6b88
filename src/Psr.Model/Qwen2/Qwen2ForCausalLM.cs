using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Psr.Model.Qwen2;

/// <summary>
/// A Qwen2-family causal language model whose parameter names are Hugging Face's Qwen2 checkpoint keys
/// (<c>model.embed_tokens.weight</c>, <c>model.layers.0.self_attn.q_proj.weight</c>, …, <c>lm_head.weight</c> when
/// untied), so safetensors checkpoints load and save unchanged. Device and dtype are fixed at construction.
/// </summary>
public sealed class Qwen2ForCausalLM : nn.Module<DecoderInput, Tensor>
{
    private const double InitStd = 0.02; // Hugging Face's initializer_range default

    private readonly Qwen2Model model;
    private readonly Linear? lm_head;

    public Qwen2ForCausalLM(Qwen2Config config, Device device, ModelDtype dtype) : base(nameof(Qwen2ForCausalLM))
    {
        Config = config.Validate();
        Device = device;
        Dtype = dtype;
        model = new Qwen2Model(config, device, dtype.ToScalarType(), Matmul);
        lm_head = config.TieWordEmbeddings
            ? null
            : nn.Linear(config.HiddenSize, config.VocabSize, hasBias: false, device, dtype.ToScalarType());
        RegisterComponents();
    }

    /// <summary>The architecture.</summary>
    public Qwen2Config Config { get; }

    /// <summary>Where the parameters live.</summary>
    public Device Device { get; }

    /// <summary>The parameters' dtype.</summary>
    public ModelDtype Dtype { get; }

    /// <summary>The dtype of the linear layers' products (unset: <see cref="Dtype"/>); see <see cref="MatmulPrecision"/>.</summary>
    public MatmulPrecision Matmul { get; } = new();

    /// <summary>A model with Hugging Face-style random weights drawn from <paramref name="seed"/> (see <see cref="InitializeWeights"/>).</summary>
    public static Qwen2ForCausalLM Create(Qwen2Config config, Device device, ModelDtype dtype, long seed)
    {
        var lm = new Qwen2ForCausalLM(config, device, dtype);
        lm.InitializeWeights(seed);
        return lm;
    }

    /// <summary>
    /// Re-initialises every parameter as Hugging Face does for Qwen2 (linear and embedding weights ~ N(0, 0.02²),
    /// biases 0, norms 1), drawn on the CPU from <paramref name="seed"/> in a fixed order, so any device and dtype
    /// gets the same weights (up to rounding) without touching the global RNG.
    /// </summary>
    public void InitializeWeights(long seed)
    {
        using var generator = new torch.Generator((ulong)seed, torch.CPU);
        using var noGrad = no_grad();
        foreach (var (name, parameter) in named_parameters())
        {
            using var scope = NewDisposeScope();
            var value = name.EndsWith("norm.weight", StringComparison.Ordinal) ? ones(parameter.shape)
                : name.EndsWith(".bias", StringComparison.Ordinal) ? zeros(parameter.shape)
                : empty(parameter.shape).normal_(0, InitStd, generator); // nn.init.normal_ ignores its generator in 0.107
            parameter.copy_(value);
        }
    }

    /// <summary>Input ids (B, T) → logits (B, T, V) in the model dtype.</summary>
    public override Tensor forward(DecoderInput input)
    {
        using var scope = NewDisposeScope();
        return Logits(Hidden(input)).MoveToOuterDisposeScope();
    }

    /// <summary>Input ids (B, T) → final hidden states (B, T, D); use with <see cref="Logits"/> to project only some positions.</summary>
    public Tensor Hidden(DecoderInput input) => model.forward(input);

    /// <summary>Hidden states (..., D) → logits (..., V) through the LM head or the tied embedding.</summary>
    public Tensor Logits(Tensor hidden) =>
        lm_head is null ? Matmul.Linear(hidden, model.EmbeddingWeight) : Matmul.Linear(lm_head, hidden);
}
