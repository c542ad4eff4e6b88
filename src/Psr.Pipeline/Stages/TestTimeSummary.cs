namespace Psr.Pipeline.Stages;

/// <summary>Test-time scaling on the first test problems.</summary>
/// <param name="Problems">Problems searched.</param>
/// <param name="GreedyAccuracy">Greedy accuracy on the same problems.</param>
/// <param name="SelfJudgeAccuracy">Search with the model as its own judge.</param>
/// <param name="SelfJudgeUnfinished">Self-judged searches out of expansions.</param>
/// <param name="OracleJudgeAccuracy">Search with the oracle as judge (null when switched off).</param>
/// <param name="OracleJudgeUnfinished">Oracle-judged searches out of expansions.</param>
public sealed record TestTimeSummary(int Problems, double GreedyAccuracy, double SelfJudgeAccuracy, int SelfJudgeUnfinished,
    double? OracleJudgeAccuracy, int OracleJudgeUnfinished);
