namespace Psr.Backends.OpenAI.Evaluation;

/// <summary>
/// The decoding of an evaluation: greedy (temperature 0, top-p 1), one output per item, with an explicit token cap
/// and stop strings that every source sends or applies.
/// </summary>
/// <param name="MaxTokens">Token cap per output.</param>
/// <param name="Stop">Stop strings (empty = EOS and the cap only).</param>
public sealed record GreedyDecoding(int MaxTokens, IReadOnlyList<string> Stop);
