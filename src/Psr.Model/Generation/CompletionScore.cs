namespace Psr.Model.Generation;

/// <summary>Log-probabilities of a given completion after a prompt; plain data, no tensors.</summary>
/// <param name="CompletionIds">The completion's token ids (encoded separately from the prompt).</param>
/// <param name="TokenLogProbs">Natural-log probability of each completion token given everything before it.</param>
/// <param name="Sum">Sum of <paramref name="TokenLogProbs"/>: the log-probability of the whole completion.</param>
public sealed record CompletionScore(int[] CompletionIds, float[] TokenLogProbs, double Sum);
