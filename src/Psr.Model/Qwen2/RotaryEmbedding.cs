using Psr.Model.Native;
using TorchSharp;
using static TorchSharp.torch;

namespace Psr.Model.Qwen2;

/// <summary>
/// Rotary position embedding (rotate-half convention, as Hugging Face Qwen2/Llama). Holds cos/sin tables for every
/// position up to the config's maximum as non-persistent buffers: they follow the module's device and are never saved.
/// </summary>
public sealed class RotaryEmbedding : nn.Module<Tensor, (Tensor Cos, Tensor Sin)>
{
    public RotaryEmbedding(int headDim, int maxPositions, double theta, Device device, ScalarType dtype)
        : base(nameof(RotaryEmbedding))
    {
        using (NewDisposeScope())
        {
            // Same float32 arithmetic as Hugging Face: inv_freq = 1 / theta^(2i/hd), angles = pos * inv_freq.
            using var end = headDim.ToScalar();
            using var one = 1.0f.ToScalar();
            var exponents = torch.arange(Scalars.Zero, end, Scalars.Two, dtype: ScalarType.Int64).to_type(ScalarType.Float32).div(end);
            // theta as a 0-dim tensor, like the Python float in Hugging Face's base ** exponents: the result stays float32.
            var invFreq = torch.pow(torch.tensor(theta), exponents).reciprocal().mul(one); // 1 / theta^e, (hd/2)
            var positions = Scalars.Arange(0, maxPositions, CPU).to_type(ScalarType.Float32); // (P)
            var angles = torch.outer(positions, invFreq); // (P, hd/2)
            var full = torch.cat([angles, angles], dim: -1); // (P, hd)
            // Looked up by name in forward, so a later module.to(...) that replaces the buffers is honoured.
            register_buffer("cos", full.cos().to(dtype, device).DetachFromDisposeScope(), persistent: false);
            register_buffer("sin", full.sin().to(dtype, device).DetachFromDisposeScope(), persistent: false);
        }
    }

    /// <summary>Position ids (B, T) → cos and sin tables (B, 1, T, hd), broadcastable over heads.</summary>
    public override (Tensor Cos, Tensor Sin) forward(Tensor positionIds)
    {
        using var scope = NewDisposeScope();
        var b = positionIds.shape[0];
        var t = positionIds.shape[1];
        var flat = positionIds.reshape(-1);
        var cos = get_buffer("cos")!.index_select(0, flat).view(b, 1, t, -1);
        var sin = get_buffer("sin")!.index_select(0, flat).view(b, 1, t, -1);
        return (cos.MoveToOuterDisposeScope(), sin.MoveToOuterDisposeScope());
    }

    /// <summary>Tables for positions start..start+count-1 shared by every row: views (1, 1, T, hd), broadcastable over B and heads.</summary>
    public (Tensor Cos, Tensor Sin) Range(long start, long count) =>
        (get_buffer("cos")!.narrow(0, start, count).view(1, 1, count, -1),
         get_buffer("sin")!.narrow(0, start, count).view(1, 1, count, -1));

    /// <summary>Rotates x (B, H, T, hd) by the tables from <see cref="forward"/>.</summary>
    public static Tensor Apply(Tensor x, Tensor cos, Tensor sin)
    {
        using var scope = NewDisposeScope();
        var half = x.shape[^1] / 2;
        var rotated = torch.cat([-x.narrow(-1, half, half), x.narrow(-1, 0, half)], dim: -1); // (B, H, T, hd)
        return (x * cos).add(rotated * sin, Scalars.One).MoveToOuterDisposeScope();
    }
}
