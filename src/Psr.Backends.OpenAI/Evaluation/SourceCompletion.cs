namespace Psr.Backends.OpenAI.Evaluation;

/// <summary>One generated output.</summary>
/// <param name="Text">The text (a matched stop string excluded).</param>
/// <param name="Truncated">True when the token cap cut it (<c>finish_reason</c> <c>length</c>).</param>
public sealed record SourceCompletion(string Text, bool Truncated);
