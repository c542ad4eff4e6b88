using Psr.Model.Native;
using TorchSharp;
using static TorchSharp.torch;

namespace Psr.Training.Losses;

/// <summary>Next-token cross-entropy over the tokens a mask selects (the response tokens in SFT).</summary>
public static class MaskedCrossEntropy
{
    /// <summary>
    /// −Σ mask·log p(target) / <paramref name="normalizer"/>: logits (B, T, V), targets (B, T), mask (B, T) → scalar.
    /// With gradient accumulation the normalizer is the token count of the whole accumulation window, so the summed
    /// micro-batch losses equal the mean over the window.
    /// </summary>
    public static Tensor Normalized(Tensor logits, Tensor targets, Tensor mask, double normalizer)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(normalizer);
        using var scope = NewDisposeScope();
        var sum = LogProbs.PerToken(logits, targets).mul(mask).sum(); // ()
        using var n = normalizer.ToScalar();
        return sum.neg().div(n).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// −Σ_b (Σ_t mask·log p(target) / Σ_t mask) / <paramref name="sequences"/>: each row's mean over its own masked tokens
    /// (a row with none adds 0), summed over the rows and divided by <paramref name="sequences"/>, the row count of the
    /// whole accumulation window, so the summed micro-batch losses equal the mean over the window's sequences.
    /// (B, T, V), (B, T), (B, T) → scalar.
    /// </summary>
    public static Tensor PerSequence(Tensor logits, Tensor targets, Tensor mask, double sequences)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequences);
        using var scope = NewDisposeScope();
        var rowSums = LogProbs.PerToken(logits, targets).mul(mask).sum(1); // (B)
        using var one = 1.0.ToScalar();
        var rowTokens = mask.sum(1).clamp_min(one); // (B)
        using var n = sequences.ToScalar();
        return rowSums.div(rowTokens).sum().neg().div(n).MoveToOuterDisposeScope();
    }

    /// <summary>Mean over the masked tokens (0 when the mask selects none): (B, T, V), (B, T), (B, T) → scalar.</summary>
    public static Tensor Mean(Tensor logits, Tensor targets, Tensor mask)
    {
        using var scope = NewDisposeScope();
        var tokens = Math.Max(1.0, Scalars.ToDouble(mask.sum()));
        return Normalized(logits, targets, mask, tokens).MoveToOuterDisposeScope();
    }
}
