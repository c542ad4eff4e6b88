namespace Psr.Protocol.OpenAI;

/// <summary>One generated token of a chat choice with its log-probability and the top alternatives.</summary>
/// <param name="Token">Token text.</param>
/// <param name="Logprob">Its log-probability.</param>
/// <param name="TopLogprobs">The most likely tokens at this position (each without further alternatives).</param>
public sealed record ChatTokenLogProb(string Token, double Logprob, IReadOnlyList<ChatTokenLogProb>? TopLogprobs = null);
