using Psr.Model.Native;
using static TorchSharp.torch;

namespace Psr.Model.Qwen2;

/// <summary>Pre-norm decoder block: x + attn(norm(x)), then + mlp(norm(·)).</summary>
public sealed class Qwen2DecoderLayer : nn.Module<Tensor, LayerContext, Tensor>
{
    private readonly Qwen2Attention self_attn;
    private readonly Qwen2Mlp mlp;
    private readonly RmsNorm input_layernorm;
    private readonly RmsNorm post_attention_layernorm;

    public Qwen2DecoderLayer(Qwen2Config config, int layer, Device device, ScalarType dtype, MatmulPrecision matmul) : base(nameof(Qwen2DecoderLayer))
    {
        self_attn = new Qwen2Attention(config, layer, device, dtype, matmul);
        mlp = new Qwen2Mlp(config, device, dtype, matmul);
        input_layernorm = new RmsNorm(config.HiddenSize, config.RmsNormEps, device, dtype);
        post_attention_layernorm = new RmsNorm(config.HiddenSize, config.RmsNormEps, device, dtype);
        RegisterComponents();
    }

    /// <summary>x (B, T, D) → (B, T, D).</summary>
    public override Tensor forward(Tensor x, LayerContext context)
    {
        using var scope = NewDisposeScope();
        var h = x.add(self_attn.forward(input_layernorm.forward(x), context), Scalars.One);
        var y = h.add(mlp.forward(post_attention_layernorm.forward(h)), Scalars.One);
        return y.MoveToOuterDisposeScope();
    }
}
