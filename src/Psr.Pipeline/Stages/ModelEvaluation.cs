using System.Text.Json.Serialization;

namespace Psr.Pipeline.Stages;

/// <summary>Everything measured for one model (<c>evaluation.json</c> of its evaluate stage).</summary>
/// <param name="Model">M1, M2, …</param>
/// <param name="Greedy">Greedy accuracy on the test problems.</param>
/// <param name="Judge">Judge accuracy on the EFT test pairs (null when switched off).</param>
/// <param name="TestTime">Search at inference (null when switched off).</param>
/// <param name="Pairs">The oracle's view of the pairs the round that made this model trained on (null for M1 and without an oracle).</param>
/// <param name="Benchmarks">Greedy accuracy on each of <c>evaluation.benchmarks</c> (left out when none are configured).</param>
public sealed record ModelEvaluation(string Model, GreedySummary Greedy, JudgeSummary? Judge, TestTimeSummary? TestTime, PairSummary? Pairs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<BenchmarkAccuracy>? Benchmarks = null);
