using static TorchSharp.torch;

namespace Psr.Model.Generation;

/// <summary>Log-probabilities of chosen tokens; shared by scoring, SFT and DPO.</summary>
public static class TokenLogProbs
{
    /// <summary>Logits (B, T, V) and targets (B, T) int64 → log p(target) (B, T) in float32.</summary>
    public static Tensor Gather(Tensor logits, Tensor targets)
    {
        using var scope = NewDisposeScope();
        var logp = logits.to_type(ScalarType.Float32).log_softmax(-1); // (B, T, V)
        return logp.gather(-1, targets.unsqueeze(-1)).squeeze(-1).MoveToOuterDisposeScope();
    }
}
