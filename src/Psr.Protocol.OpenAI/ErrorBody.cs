namespace Psr.Protocol.OpenAI;

/// <summary>OpenAI's error envelope: <c>{"error": {...}}</c>.</summary>
/// <param name="Error">The error.</param>
public sealed record ErrorBody(ErrorDetail? Error);
