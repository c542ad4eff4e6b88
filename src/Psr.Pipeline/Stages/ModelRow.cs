using System.Text.Json.Serialization;
using Psr.Pipeline.Metrics;

namespace Psr.Pipeline.Stages;

/// <summary>One model's line of the run summary.</summary>
/// <param name="Model">M1, M2, …</param>
/// <param name="GreedyAccuracy">Greedy accuracy on the test problems.</param>
/// <param name="GreedyLow">Lower end of its 95% interval.</param>
/// <param name="GreedyHigh">Upper end of its 95% interval.</param>
/// <param name="JudgeAccuracy">Judge accuracy over both orders (null when not measured, or when the model gave no verdict at all).</param>
/// <param name="JudgeBothOrders">Pairs judged right in both orders (null as <paramref name="JudgeAccuracy"/>).</param>
/// <param name="Pairs">Pairs the round trained on, with the oracle's breakdown (null for M1).</param>
/// <param name="TestTimeGreedy">Greedy accuracy on the test-time problems (null when not measured).</param>
/// <param name="TestTimeSelf">Search with the self-judge (null when not measured).</param>
/// <param name="TestTimeOracle">Search with the oracle as judge (null when not measured).</param>
/// <param name="Benchmarks">Accuracy on each of <c>evaluation.benchmarks</c> (left out when none are configured).</param>
public sealed record ModelRow(string Model, double GreedyAccuracy, double GreedyLow, double GreedyHigh, double? JudgeAccuracy,
    double? JudgeBothOrders, PairOracleBreakdown? Pairs, double? TestTimeGreedy, double? TestTimeSelf, double? TestTimeOracle,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<BenchmarkAccuracy>? Benchmarks = null)
{
    /// <summary>The row of one evaluation.</summary>
    public static ModelRow From(ModelEvaluation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var judge = e.Judge is { GaveVerdicts: true } j ? j : null;
        return new(e.Model, e.Greedy.Accuracy, e.Greedy.Interval.Low, e.Greedy.Interval.High, judge?.Accuracy, judge?.BothOrdersRight,
            e.Pairs?.Breakdown, e.TestTime?.GreedyAccuracy, e.TestTime?.SelfJudgeAccuracy, e.TestTime?.OracleJudgeAccuracy, e.Benchmarks);
    }
}
