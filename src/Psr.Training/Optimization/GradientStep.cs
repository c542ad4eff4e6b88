using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Psr.Training.Optimization;

/// <summary>The end of every training step: clip the gradients, update the weights, clear the gradients.</summary>
public static class GradientStep
{
    /// <summary>
    /// Clips the global L2 gradient norm of <paramref name="model"/> to <paramref name="clip"/> (0 = no clipping),
    /// steps <paramref name="optimizer"/> with owned Scalars (<see cref="OwnedAdamW"/>), zeroes the gradients, and
    /// returns the norm before clipping.
    /// </summary>
    public static double Apply(nn.Module model, AdamW optimizer, double clip)
    {
        // With an infinite bound the clip coefficient clamps to exactly 1, so the norm is still measured for free.
        var bound = clip > 0 ? clip : double.PositiveInfinity;
        var norm = nn.utils.clip_grad_norm_(model.parameters(), bound);
        OwnedAdamW.Step(optimizer);
        optimizer.zero_grad();
        return norm;
    }
}
