namespace Psr.Roles;

/// <summary>One greedy solution with whether it was cut at the token limit.</summary>
/// <param name="Text">The solution.</param>
/// <param name="Truncated">Whether generation stopped at the token cap (<c>finish_reason = length</c>).</param>
public sealed record GreedyOutput(string Text, bool Truncated);
