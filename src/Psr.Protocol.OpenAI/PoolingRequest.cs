namespace Psr.Protocol.OpenAI;

/// <summary>Body of vLLM's <c>POST /pooling</c> (completion-style input: one text, already chat-formatted).</summary>
/// <param name="Model">The served model name.</param>
/// <param name="Input">The text to pool.</param>
public sealed record PoolingRequest(string Model, string Input);
