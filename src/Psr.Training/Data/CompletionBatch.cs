using static TorchSharp.torch;

namespace Psr.Training.Data;

/// <summary>
/// Right-padded next-token training tensors. Row b predicts <see cref="Targets"/>[b, t] from
/// <see cref="InputIds"/>[b, ..t]; right padding needs no attention mask under causal attention because padding only
/// follows real tokens, and padded positions carry no loss. Lives in the caller's dispose scope.
/// </summary>
/// <param name="InputIds">(B, T) int64: every sequence without its last token, padded.</param>
/// <param name="Targets">(B, T) int64: every sequence without its first token, padded.</param>
/// <param name="LossMask">(B, T) float32: 1 where the target is a completion token, else 0.</param>
/// <param name="TokenCount">Number of loss-carrying tokens, the sum of <see cref="LossMask"/>.</param>
public sealed record CompletionBatch(Tensor InputIds, Tensor Targets, Tensor LossMask, int TokenCount)
{
    /// <summary>Rows (sequences) in the batch.</summary>
    public long Rows => InputIds.shape[0];
}
