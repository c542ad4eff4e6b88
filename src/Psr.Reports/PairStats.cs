using Psr.Pipeline.Metrics;

namespace Psr.Reports;

/// <summary>The pairs a round produced (<c>pairs.jsonl</c>) and how the oracle sees them.</summary>
/// <param name="Questions">Questions searched.</param>
/// <param name="Finished">Searches that reached an answer.</param>
/// <param name="Pairs">Pairs kept.</param>
/// <param name="Breakdown">Pairs per oracle category (null where the world has no oracle).</param>
/// <param name="OracleAgreesWithChosen">Pairs whose chosen step the oracle also prefers (clean pairs), over all pairs.</param>
/// <param name="Rollbacks">Expansions that rolled back the previous step.</param>
/// <param name="JudgeCalls">Judge calls the search made.</param>
/// <param name="JudgeTieRate">Judge calls of the search that returned a tie.</param>
public sealed record PairStats(int Questions, int Finished, int Pairs, PairOracleBreakdown? Breakdown, double? OracleAgreesWithChosen,
    int Rollbacks, int JudgeCalls, double JudgeTieRate);
