namespace Psr.Protocol.OpenAI;

/// <summary>Log-probabilities of a chat choice.</summary>
/// <param name="Content">One entry per generated token.</param>
public sealed record ChatLogProbs(IReadOnlyList<ChatTokenLogProb>? Content);
