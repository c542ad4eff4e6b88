namespace Psr.Backends.OpenAI.Client;

/// <summary>One checked choice, whichever route produced it.</summary>
/// <param name="Text">Generated text (stop string excluded).</param>
/// <param name="Truncated">True when <c>finish_reason</c> was <c>length</c>.</param>
/// <param name="StopString">
/// The stop string that matched, from vLLM's and psr serve's <c>stop_reason</c>; null for EOS, a stop token, or a
/// server that does not send the field (OpenAI itself), where EOS and a stop string cannot be told apart.
/// </param>
/// <param name="LogProbs">Per-token log-probabilities when requested.</param>
public sealed record RemoteChoice(
    string Text, bool Truncated, string? StopString, IReadOnlyList<TokenAlternatives>? LogProbs);
