namespace Psr.Serve.Batching;

/// <summary>One generated token's log-probability and its most likely alternatives (under the raw model distribution).</summary>
/// <param name="Token">Token text.</param>
/// <param name="LogProb">Its log-probability.</param>
/// <param name="Top">Alternatives, most likely first.</param>
public sealed record ServedTokenLogProb(string Token, double LogProb, IReadOnlyList<KeyValuePair<string, double>> Top);
