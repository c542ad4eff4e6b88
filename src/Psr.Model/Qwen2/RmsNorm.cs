using Psr.Model.Native;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Psr.Model.Qwen2;

/// <summary>
/// Root-mean-square layer norm as in Hugging Face's Qwen2RMSNorm (statistics in float32, scale in the model dtype).
/// Hand-written because TorchSharp 0.107 has no RMSNorm module or function.
/// </summary>
public sealed class RmsNorm : nn.Module<Tensor, Tensor>
{
    private readonly Parameter weight;
    private readonly Scalar _eps; // owned for the module's lifetime: read on every forward

    public RmsNorm(long size, double eps, Device device, ScalarType dtype) : base(nameof(RmsNorm))
    {
        weight = new Parameter(torch.ones(size, dtype: dtype, device: device));
        _eps = eps.ToScalar();
        RegisterComponents();
    }

    /// <summary>x (..., D) → normalised and scaled (..., D), same dtype.</summary>
    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var h = x.dtype == ScalarType.Float32 ? x : x.to_type(ScalarType.Float32);
        var variance = h.pow(Scalars.Two).mean([-1L], keepdim: true); // (..., 1)
        var normed = h * torch.rsqrt(variance.add(_eps, Scalars.One));
        if (x.dtype != ScalarType.Float32)
            normed = normed.to_type(x.dtype);
        return (weight * normed).MoveToOuterDisposeScope();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _eps.Dispose();
        base.Dispose(disposing);
    }
}
