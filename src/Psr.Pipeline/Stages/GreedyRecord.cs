namespace Psr.Pipeline.Stages;

/// <summary>One greedy solution of a test problem, scored by the oracle (one line of <c>greedy.jsonl</c>).</summary>
/// <param name="Id">The problem's id.</param>
/// <param name="Output">The model's solution.</param>
/// <param name="Predicted">The last boxed integer, or null.</param>
/// <param name="Correct">Whether the final answer is right.</param>
/// <param name="ProcessCorrect">Whether every step is right.</param>
public sealed record GreedyRecord(string Id, string Output, long? Predicted, bool Correct, bool ProcessCorrect);
