using Psr.Eval.Metrics;
using Psr.Pipeline.Metrics;

namespace Psr.Pipeline.Stages;

/// <summary>Everything measured for one model (<c>evaluation.json</c> of its evaluate stage).</summary>
/// <param name="Model">M1, M2, …</param>
/// <param name="Greedy">Greedy accuracy on the test problems.</param>
/// <param name="Judge">Judge accuracy on the EFT test pairs (null when switched off).</param>
/// <param name="TestTime">Search at inference (null when switched off).</param>
/// <param name="Pairs">The oracle's view of the pairs the round that made this model trained on (null for M1).</param>
public sealed record ModelEvaluation(string Model, GreedySummary Greedy, JudgeSummary? Judge, TestTimeSummary? TestTime, PairSummary? Pairs);

/// <summary>Greedy accuracy.</summary>
/// <param name="Problems">Test problems.</param>
/// <param name="Correct">Right final answers.</param>
/// <param name="Accuracy">Correct / problems.</param>
/// <param name="Interval">95% bootstrap interval of the accuracy.</param>
/// <param name="ProcessCorrect">Solutions whose every step is right.</param>
/// <param name="NoAnswer">Solutions without a boxed number.</param>
public sealed record GreedySummary(int Problems, int Correct, double Accuracy, ConfidenceInterval Interval, int ProcessCorrect, int NoAnswer);

/// <summary>Judge accuracy on the EFT test pairs, each judged in both orders.</summary>
/// <param name="Pairs">Pairs.</param>
/// <param name="AccuracyAB">Verdict right in the stored order.</param>
/// <param name="AccuracyBA">Verdict right in the swapped order.</param>
/// <param name="Accuracy">Over both orders.</param>
/// <param name="BothOrdersRight">Pairs right in both orders.</param>
/// <param name="OrderConsistency">Pairs whose two verdicts agree once the swap is undone (right or not).</param>
/// <param name="Unparsed">Outputs with no verdict.</param>
public sealed record JudgeSummary(int Pairs, double AccuracyAB, double AccuracyBA, double Accuracy, double BothOrdersRight, double OrderConsistency, int Unparsed);

/// <summary>Test-time scaling on the first test problems.</summary>
/// <param name="Problems">Problems searched.</param>
/// <param name="GreedyAccuracy">Greedy accuracy on the same problems.</param>
/// <param name="SelfJudgeAccuracy">Search with the model as its own judge.</param>
/// <param name="SelfJudgeUnfinished">Self-judged searches out of expansions.</param>
/// <param name="OracleJudgeAccuracy">Search with the oracle as judge (null when switched off).</param>
/// <param name="OracleJudgeUnfinished">Oracle-judged searches out of expansions.</param>
public sealed record TestTimeSummary(int Problems, double GreedyAccuracy, double SelfJudgeAccuracy, int SelfJudgeUnfinished,
    double? OracleJudgeAccuracy, int OracleJudgeUnfinished);

/// <summary>The round's pairs as the oracle sees them.</summary>
/// <param name="Questions">Questions searched.</param>
/// <param name="Finished">Searches that reached an answer.</param>
/// <param name="Pairs">Pairs kept.</param>
/// <param name="Breakdown">Pairs per oracle category.</param>
/// <param name="JudgeCalls">The judge's real calls where exactly one step was right.</param>
/// <param name="DroppedSelfJudged">Pairs dropped because the judge called its own chosen step wrong.</param>
public sealed record PairSummary(int Questions, int Finished, int Pairs, PairOracleBreakdown Breakdown, JudgeCallOracleStats JudgeCalls, int DroppedSelfJudged);
