using Psr.Eval.Metrics;

namespace Psr.Pipeline.Stages;

/// <summary>Greedy accuracy.</summary>
/// <param name="Problems">Test problems.</param>
/// <param name="Correct">Right final answers.</param>
/// <param name="Accuracy">Correct / problems.</param>
/// <param name="Interval">95% bootstrap interval of the accuracy.</param>
/// <param name="ProcessCorrect">Solutions whose every step is right (null without an oracle).</param>
/// <param name="NoAnswer">Solutions without an answer (world: a boxed number; benchmark: anything Psr.Eval extracts).</param>
public sealed record GreedySummary(int Problems, int Correct, double Accuracy, ConfidenceInterval Interval, int? ProcessCorrect, int NoAnswer);
