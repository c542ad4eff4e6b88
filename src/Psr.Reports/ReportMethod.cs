namespace Psr.Reports;

/// <summary>The self-rewarding method a run used.</summary>
public enum ReportMethod
{
    /// <summary>Process-based self-rewarding: step-wise pairwise judge + step-DPO (the paper's method, <c>psr run</c>).</summary>
    ProcessSelfRewarding,

    /// <summary>Outcome-based self-rewarding (SRLM baseline): whole-solution 5-point scores + whole-response DPO.</summary>
    OutcomeSelfRewarding,

    /// <summary>Control: the process method with the exact oracle judging each round's search (a perfect judge).</summary>
    ProcessOracleJudge,

    /// <summary>Control: M1's SFT on its own seed data continued for each round's step-DPO dose (more of the same training).</summary>
    ContinuedSft,
}
