using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Psr.Model.Qwen2;

/// <summary>SwiGLU feed-forward: down(silu(gate(x)) · up(x)), no biases.</summary>
public sealed class Qwen2Mlp : nn.Module<Tensor, Tensor>
{
    private readonly Linear gate_proj;
    private readonly Linear up_proj;
    private readonly Linear down_proj;

    public Qwen2Mlp(Qwen2Config config, Device device, ScalarType dtype) : base(nameof(Qwen2Mlp))
    {
        gate_proj = nn.Linear(config.HiddenSize, config.IntermediateSize, hasBias: false, device, dtype);
        up_proj = nn.Linear(config.HiddenSize, config.IntermediateSize, hasBias: false, device, dtype);
        down_proj = nn.Linear(config.IntermediateSize, config.HiddenSize, hasBias: false, device, dtype);
        RegisterComponents();
    }

    /// <summary>x (B, T, D) → (B, T, D).</summary>
    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var inner = nn.functional.silu(gate_proj.forward(x)) * up_proj.forward(x); // (B, T, I)
        return down_proj.forward(inner).MoveToOuterDisposeScope();
    }
}
