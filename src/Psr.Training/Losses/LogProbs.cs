using static TorchSharp.torch;

namespace Psr.Training.Losses;

/// <summary>Log-probabilities of given targets under logits; shared by SFT, DPO and continuation scoring.</summary>
public static class LogProbs
{
    /// <summary>
    /// log p(target) per position: logits (B, T, V) in any float dtype, targets (B, T) int64 → (B, T) float32.
    /// Gathers the target logit and subtracts logsumexp, so no (B, T, V) log-softmax is kept for backward.
    /// </summary>
    public static Tensor PerToken(Tensor logits, Tensor targets)
    {
        using var scope = NewDisposeScope();
        var x = logits.to_type(ScalarType.Float32); // (B, T, V)
        var picked = x.gather(-1, targets.unsqueeze(-1)).squeeze(-1); // (B, T)
        var normalizer = x.logsumexp(-1); // (B, T)
        return (picked - normalizer).MoveToOuterDisposeScope();
    }

    /// <summary>Sum of masked per-token log-probs per sequence: (B, T, V), (B, T), mask (B, T) → (B).</summary>
    public static Tensor SequenceSums(Tensor logits, Tensor targets, Tensor mask)
    {
        using var scope = NewDisposeScope();
        return PerToken(logits, targets).mul(mask).sum(-1).MoveToOuterDisposeScope();
    }
}
