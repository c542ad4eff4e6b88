using static TorchSharp.torch;

namespace Psr.Training.Data;

/// <summary>
/// A batch of P preference pairs as one forward pass: rows 0..P−1 of <see cref="Rows"/> are the chosen sequences and
/// rows P..2P−1 the rejected ones, in the same pair order.
/// </summary>
/// <param name="Rows">Chosen then rejected sequences, (2P, T).</param>
/// <param name="Pairs">P, the number of pairs.</param>
/// <param name="ChosenTokens">Completion tokens in the chosen rows (for the per-token NLL term).</param>
public sealed record PreferenceBatch(CompletionBatch Rows, int Pairs, int ChosenTokens)
{
    /// <summary>(2P, T) float32: the tokens the preference loss sums over; the loss mask unless cut (<see cref="Losses.PreferenceTokens"/>).</summary>
    public Tensor PreferenceMask { get; init; } = Rows.LossMask;
}
