namespace Psr.Protocol.OpenAI;

/// <summary>Log-probabilities of a <c>/v1/completions</c> choice (parallel lists, one entry per generated token).</summary>
/// <param name="Tokens">Token texts.</param>
/// <param name="TokenLogprobs">Log-probability of each sampled token.</param>
/// <param name="TopLogprobs">Per position, the most likely tokens and their log-probabilities.</param>
/// <param name="TextOffset">Character offset of each token in the choice text.</param>
public sealed record CompletionLogProbs(
    IReadOnlyList<string> Tokens,
    IReadOnlyList<double?> TokenLogprobs,
    IReadOnlyList<IReadOnlyDictionary<string, double>?>? TopLogprobs,
    IReadOnlyList<int>? TextOffset);
