using Psr.Model.Native;
using Psr.Model.Qwen2;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Psr.Training.Precision;

/// <summary>
/// Mixed-precision training without autocast (TorchSharp 0.107 has none): a bfloat16 copy of the model runs the
/// forward and backward passes, while the float32 model keeps the master weights and the optimizer state. Before each
/// step <see cref="Pull"/> rounds the master weights into the copy; after the backward passes <see cref="PushGradients"/>
/// adds the copy's gradients, in float32, to the master's, where clipping and AdamW run as in float32 training.
/// </summary>
public sealed class LowPrecisionShadow : IDisposable
{
    private readonly (Parameter Master, Parameter Low)[] _pairs;

    public LowPrecisionShadow(Qwen2ForCausalLM master, ModelDtype dtype)
    {
        Model = master.CastCopy(dtype);
        Model.train();
        var low = Model.named_parameters().ToDictionary(p => p.name, p => p.parameter, StringComparer.Ordinal);
        _pairs = master.named_parameters().Select(p => (p.parameter, low[p.name])).ToArray();
    }

    /// <summary>The low-precision copy that computes the passes.</summary>
    public Qwen2ForCausalLM Model { get; }

    /// <summary>Rounds the master weights into the copy.</summary>
    public void Pull()
    {
        using var noGrad = no_grad();
        foreach (var (master, low) in _pairs)
            low.copy_(master);
    }

    /// <summary>Adds the copy's gradients to the master's in float32 and clears the copy's.</summary>
    public void PushGradients()
    {
        using var noGrad = no_grad();
        foreach (var (master, low) in _pairs)
        {
            if (low.grad is not { } g)
                continue;
            using var wide = g.to_type(master.dtype);
            if (master.grad is { } existing)
                existing.add_(wide, Scalars.One);
            else
                master.grad = wide.clone();
            g.zero_();
        }
    }

    public void Dispose() => Model.Dispose();
}
