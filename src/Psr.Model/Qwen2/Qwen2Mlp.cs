using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Psr.Model.Qwen2;

/// <summary>SwiGLU feed-forward: down(silu(gate(x)) · up(x)), no biases.</summary>
public sealed class Qwen2Mlp : nn.Module<Tensor, Tensor>
{
    private readonly Linear gate_proj;
    private readonly Linear up_proj;
    private readonly Linear down_proj;
    private readonly MatmulPrecision _matmul;

    public Qwen2Mlp(Qwen2Config config, Device device, ScalarType dtype, MatmulPrecision matmul) : base(nameof(Qwen2Mlp))
    {
        _matmul = matmul;
        gate_proj = nn.Linear(config.HiddenSize, config.IntermediateSize, hasBias: false, device, dtype);
        up_proj = nn.Linear(config.HiddenSize, config.IntermediateSize, hasBias: false, device, dtype);
        down_proj = nn.Linear(config.IntermediateSize, config.HiddenSize, hasBias: false, device, dtype);
        RegisterComponents();
    }

    /// <summary>x (B, T, D) → (B, T, D).</summary>
    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var inner = nn.functional.silu(_matmul.Linear(gate_proj, x)) * _matmul.Linear(up_proj, x); // (B, T, I)
        return _matmul.Linear(down_proj, inner).MoveToOuterDisposeScope();
    }
}
