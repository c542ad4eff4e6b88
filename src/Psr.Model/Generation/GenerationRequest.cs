namespace Psr.Model.Generation;

/// <summary>One prompt to continue, optionally with its own stop strings and length limit.</summary>
/// <param name="Prompt">Text to continue.</param>
/// <param name="StopStrings">Stop strings for this prompt; null uses <see cref="SamplingOptions.StopStrings"/>.</param>
/// <param name="MaxNewTokens">Token limit for this prompt; null uses <see cref="SamplingOptions.MaxNewTokens"/>.</param>
public sealed record GenerationRequest(string Prompt, IReadOnlyList<string>? StopStrings = null, int? MaxNewTokens = null);
