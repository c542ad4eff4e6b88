using Psr.Eval.Metrics;

namespace Psr.Pipeline.Stages;

/// <summary>One model's greedy accuracy on one of <c>evaluation.benchmarks</c> (an entry of <c>benchmarks.json</c>).</summary>
/// <param name="Benchmark">The benchmark as configured (name or path).</param>
/// <param name="File">The per-item records in the evaluate stage folder.</param>
/// <param name="Items">Items evaluated (after the limit).</param>
/// <param name="Correct">Items graded right.</param>
/// <param name="Accuracy">Correct / items.</param>
/// <param name="Interval">95% bootstrap interval of the accuracy.</param>
/// <param name="NoAnswer">Solutions from which no answer was extracted.</param>
/// <param name="Truncated">Solutions cut at <c>evaluation.maxSolutionTokens</c>.</param>
/// <param name="TruncationRate">Truncated / items.</param>
public sealed record BenchmarkAccuracy(string Benchmark, string File, int Items, int Correct, double Accuracy, ConfidenceInterval Interval,
    int NoAnswer, int Truncated, double TruncationRate);
