namespace Psr.Model.Generation;

/// <summary>One sampled continuation; plain data, no tensors.</summary>
/// <param name="PromptIndex">Index of the prompt (request) it continues.</param>
/// <param name="Candidate">Which of that prompt's candidates (0-based).</param>
/// <param name="Text">Generated text, cut before the stop string when one matched; EOS is not included.</param>
/// <param name="TokenIds">Generated token ids (through the token that completed a stop string; EOS excluded).</param>
/// <param name="Reason">Why generation stopped.</param>
/// <param name="StopString">The stop string that matched, or null.</param>
public sealed record Completion(int PromptIndex, int Candidate, string Text, int[] TokenIds, StopReason Reason, string? StopString);
