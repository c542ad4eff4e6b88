namespace Psr.Backends.OpenAI.Client;

/// <summary>One generated token with its log-probability and the most likely alternatives at its position.</summary>
/// <param name="Token">Token text.</param>
/// <param name="LogProb">Its log-probability.</param>
/// <param name="Top">Alternatives (token text → log-probability), possibly empty.</param>
public sealed record TokenAlternatives(string Token, double LogProb, IReadOnlyDictionary<string, double> Top);
