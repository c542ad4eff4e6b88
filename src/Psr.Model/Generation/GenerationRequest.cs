namespace Psr.Model.Generation;

/// <summary>One prompt to continue, optionally with its own stop strings and length limit.</summary>
/// <param name="Prompt">Text to continue.</param>
/// <param name="StopStrings">Stop strings for this prompt; null uses <see cref="SamplingOptions.StopStrings"/>.</param>
/// <param name="MaxNewTokens">Token limit for this prompt; null uses <see cref="SamplingOptions.MaxNewTokens"/>.</param>
/// <param name="Seed">
/// This prompt's own seed: when any request of a call has one, every candidate row draws from its own stream (fixed by
/// this seed and the candidate index), so its samples do not depend on which other prompts share the call. Requests
/// without one then use <see cref="SamplingOptions.Seed"/> mixed with their index. Null keeps the call-wide generator.
/// </param>
/// <param name="Cancel">When it fires, this prompt's rows stop at the next step and leave the batch (a server whose
/// client went away); their completions come back with <see cref="StopReason.Cancelled"/>.</param>
public sealed record GenerationRequest(
    string Prompt, IReadOnlyList<string>? StopStrings = null, int? MaxNewTokens = null, ulong? Seed = null,
    CancellationToken Cancel = default);
