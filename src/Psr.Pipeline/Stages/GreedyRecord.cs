using System.Text.Json.Serialization;

namespace Psr.Pipeline.Stages;

/// <summary>
/// One greedy solution of a test problem (one line of <c>greedy.jsonl</c>): in the world scored by the oracle; on a
/// benchmark graded by <c>Psr.Eval</c> (extraction + equivalence), with no oracle, so <paramref name="ProcessCorrect"/>
/// is absent rather than faked. The benchmark-only members are left out of world records (same bytes as before).
/// </summary>
/// <param name="Id">The problem's id.</param>
/// <param name="Output">The model's solution.</param>
/// <param name="Predicted">World: the last boxed integer, or null.</param>
/// <param name="Correct">Whether the final answer is right.</param>
/// <param name="ProcessCorrect">World: whether every step is right; null without an oracle.</param>
/// <param name="Extracted">Benchmark: the answer <c>Psr.Eval</c> extracted, or null.</param>
/// <param name="Truncated">Benchmark on a served policy: whether the solution hit the token cap; null when unknown.</param>
public sealed record GreedyRecord(string Id, string Output, long? Predicted, bool Correct, bool? ProcessCorrect,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Extracted = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Truncated = null);
