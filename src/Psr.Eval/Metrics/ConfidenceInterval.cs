namespace Psr.Eval.Metrics;

/// <summary>A two-sided interval estimate.</summary>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
/// <param name="Level">Coverage, e.g. 0.95.</param>
public sealed record ConfidenceInterval(double Low, double High, double Level);
