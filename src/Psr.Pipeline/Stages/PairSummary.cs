using Psr.Pipeline.Metrics;

namespace Psr.Pipeline.Stages;

/// <summary>The round's pairs as the oracle sees them.</summary>
/// <param name="Questions">Questions searched.</param>
/// <param name="Finished">Searches that reached an answer.</param>
/// <param name="Pairs">Pairs kept.</param>
/// <param name="Breakdown">Pairs per oracle category.</param>
/// <param name="JudgeCalls">The judge's real calls where exactly one step was right.</param>
/// <param name="DroppedSelfJudged">Pairs dropped because the judge called its own chosen step wrong.</param>
/// <param name="DroppedLabelDissent">Pairs dropped because one judge call labelled the chosen step wrong or the rejected one right (search.unanimousLabels).</param>
public sealed record PairSummary(int Questions, int Finished, int Pairs, PairOracleBreakdown Breakdown, JudgeCallOracleStats JudgeCalls, int DroppedSelfJudged,
    int DroppedLabelDissent = 0);
