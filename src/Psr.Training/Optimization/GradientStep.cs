using static TorchSharp.torch;

namespace Psr.Training.Optimization;

/// <summary>The end of every training step: clip the gradients, update the weights, clear the gradients.</summary>
public static class GradientStep
{
    /// <summary>
    /// Clips the global L2 gradient norm of <paramref name="model"/> to <paramref name="clip"/> (0 = no clipping),
    /// steps <paramref name="optimizer"/>, zeroes the gradients, and returns the norm before clipping.
    /// </summary>
    public static double Apply(nn.Module model, optim.Optimizer optimizer, double clip)
    {
        // With an infinite bound the clip coefficient clamps to exactly 1, so the norm is still measured for free.
        var bound = clip > 0 ? clip : double.PositiveInfinity;
        var norm = nn.utils.clip_grad_norm_(model.parameters(), bound);
        optimizer.step();
        optimizer.zero_grad();
        return norm;
    }
}
