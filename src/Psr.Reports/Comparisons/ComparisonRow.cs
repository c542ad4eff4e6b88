namespace Psr.Reports.Comparisons;

/// <summary>One (method, model) line of a comparison: each metric's mean and spread over the runs (seeds).</summary>
/// <param name="Method">The self-rewarding method.</param>
/// <param name="Model">M1, M2, …</param>
/// <param name="Seeds">The run seeds that reported this model.</param>
/// <param name="GreedyAccuracy">Greedy accuracy.</param>
/// <param name="JudgeAccuracy">Judge accuracy on the EFT test pairs.</param>
/// <param name="TestTimeSelf">Test-time search with the self-judge.</param>
/// <param name="Pairs">Pairs the round produced (none for M1).</param>
/// <param name="OracleAgreesWithChosen">Share of the round's pairs whose chosen side the oracle also prefers (none for M1).</param>
/// <param name="JudgeCalls">Judge calls the round's pair collection made (none for M1).</param>
public sealed record ComparisonRow(ReportMethod Method, string Model, IReadOnlyList<long> Seeds, MeanSpread GreedyAccuracy, MeanSpread JudgeAccuracy,
    MeanSpread TestTimeSelf, MeanSpread Pairs, MeanSpread OracleAgreesWithChosen, MeanSpread JudgeCalls);
