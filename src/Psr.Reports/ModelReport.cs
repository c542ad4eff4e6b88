using System.Text.Json.Serialization;
using Psr.Pipeline.Stages;

namespace Psr.Reports;

/// <summary>Everything the report shows for one model (one iteration).</summary>
/// <param name="Model">M1, M2, …</param>
/// <param name="Round">The round number of its stages (1 for M1).</param>
/// <param name="Greedy">Greedy accuracy with its 95% bootstrap interval, recomputed from <c>greedy.jsonl</c>.</param>
/// <param name="Shape">Steps per solution and step length of the greedy solutions.</param>
/// <param name="Judge">The judge on the EFT test pairs (null when not measured, or when the model gave no verdict at all).</param>
/// <param name="TestTime">Test-time scaling (null when not measured).</param>
/// <param name="Pairs">The round's pairs that trained this model (null for M1).</param>
/// <param name="Dpo">The round's step-DPO curves (null for M1).</param>
/// <param name="Benchmarks">
/// Greedy accuracy on each of <c>evaluation.benchmarks</c> with its 95% interval and truncation rate, recomputed from
/// the per-item records (left out when none are configured).
/// </param>
public sealed record ModelReport(string Model, int Round, GreedySummary Greedy, SolutionShape Shape, JudgeStats? Judge, TestTimeStats? TestTime,
    PairStats? Pairs, DpoCurve? Dpo,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<BenchmarkAccuracy>? Benchmarks = null)
{
    /// <summary>The judge's accuracy per kind of EFT test pair, both orders (null when the judge was not measured).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<JudgeKindAccuracy>? JudgeByKind { get; init; }
}
