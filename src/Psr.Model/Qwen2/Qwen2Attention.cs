using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Psr.Model.Qwen2;

/// <summary>Grouped-query self-attention with rotary embeddings, via scaled-dot-product attention.</summary>
public sealed class Qwen2Attention : nn.Module<Tensor, LayerContext, Tensor>
{
    private readonly Linear q_proj;
    private readonly Linear k_proj;
    private readonly Linear v_proj;
    private readonly Linear o_proj;
    private readonly MatmulPrecision _matmul;
    private readonly int _layer;
    private readonly int _heads;
    private readonly int _kvHeads;
    private readonly int _headDim;

    public Qwen2Attention(Qwen2Config config, int layer, Device device, ScalarType dtype, MatmulPrecision matmul) : base(nameof(Qwen2Attention))
    {
        _matmul = matmul;
        _layer = layer;
        _heads = config.NumAttentionHeads;
        _kvHeads = config.NumKeyValueHeads;
        _headDim = config.HeadDim;
        var d = config.HiddenSize;
        q_proj = nn.Linear(d, _heads * _headDim, config.AttentionBias, device, dtype);
        k_proj = nn.Linear(d, _kvHeads * _headDim, config.AttentionBias, device, dtype);
        v_proj = nn.Linear(d, _kvHeads * _headDim, config.AttentionBias, device, dtype);
        o_proj = nn.Linear(_heads * _headDim, d, hasBias: false, device, dtype);
        RegisterComponents();
    }

    /// <summary>x (B, T, D) → (B, T, D).</summary>
    public override Tensor forward(Tensor x, LayerContext context)
    {
        using var scope = NewDisposeScope();
        var b = x.shape[0];
        var t = x.shape[1];
        var q = _matmul.Linear(q_proj, x).view(b, t, _heads, _headDim).transpose(1, 2); // (B, H, T, hd)
        var k = _matmul.Linear(k_proj, x).view(b, t, _kvHeads, _headDim).transpose(1, 2); // (B, KV, T, hd)
        var v = _matmul.Linear(v_proj, x).view(b, t, _kvHeads, _headDim).transpose(1, 2); // (B, KV, T, hd)
        q = RotaryEmbedding.Apply(q, context.Cos, context.Sin);
        k = RotaryEmbedding.Apply(k, context.Cos, context.Sin);
        if (context.Cache is { } cache)
            (k, v) = cache.Append(_layer, k, v); // (B, KV, S, hd)
        if (_heads != _kvHeads)
        {
            // Query head h reads key/value head h / (H / KV), as Hugging Face's repeat_kv.
            k = k.repeat_interleave(_heads / _kvHeads, dim: 1); // (B, H, S, hd)
            v = v.repeat_interleave(_heads / _kvHeads, dim: 1);
        }
        var causal = context.Mask is null && t > 1;
        var y = nn.functional.scaled_dot_product_attention(q, k, v, context.Mask, is_casual: causal); // (B, H, T, hd)
        y = y.transpose(1, 2).reshape(b, t, _heads * _headDim); // (B, T, H·hd)
        return _matmul.Linear(o_proj, y).MoveToOuterDisposeScope();
    }
}
