namespace Psr.Training.Dpo;

/// <summary>What one Step-DPO round did.</summary>
/// <param name="History">One entry per optimizer step.</param>
/// <param name="TruncatedPairs">Pairs with a side cut to the maximum sequence length.</param>
public sealed record StepDpoResult(IReadOnlyList<DpoProgress> History, int TruncatedPairs);
