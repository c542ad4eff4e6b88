namespace Psr.Protocol.OpenAI;

/// <summary>Token counts of one response.</summary>
/// <param name="PromptTokens">Prompt tokens (each prompt once, whatever n is).</param>
/// <param name="CompletionTokens">Generated tokens over all choices.</param>
/// <param name="TotalTokens">The sum.</param>
public sealed record Usage(int PromptTokens, int CompletionTokens, int TotalTokens);
