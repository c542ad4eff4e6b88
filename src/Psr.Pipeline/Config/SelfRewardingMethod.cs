namespace Psr.Pipeline.Config;

/// <summary>Which self-rewarding method a run trains with.</summary>
public enum SelfRewardingMethod
{
    /// <summary>Process-based (the paper): step-wise pairwise self-judging in a step search, then step-DPO.</summary>
    Process,

    /// <summary>
    /// Outcome-based baseline (SRLM, Yuan et al.): N whole solutions per question, each scored by the model with the
    /// additive 5-point prompt, pair = (highest, lowest), whole-response DPO.
    /// </summary>
    Outcome,

    /// <summary>
    /// Control "a perfect judge": the process method with each round's search judged by the exact oracle
    /// (<c>OracleStepJudge</c>, as the evaluation's oracle-judged test-time search) instead of the model; everything
    /// else identical. The ceiling of what verification can give with this update rule (built-in world only).
    /// </summary>
    OracleJudge,

    /// <summary>
    /// Control "more of the same training": each round continues the previous model's SFT on the run's own seed data
    /// (IFT + EFT) for as many optimizer steps as that round's step-DPO would take (<c>continuedSft</c> section), instead
    /// of search + step-DPO.
    /// </summary>
    ContinuedSft,
}
