namespace Psr.Pipeline.Config;

/// <summary>What the search does when every candidate has the same score (and they are not all identical).</summary>
public enum AllTieAction
{
    /// <summary>The paper's rule: drop the previous step and its pair and re-expand it (at the first step, re-sample).</summary>
    RollBack,

    /// <summary>Ablation "rollback off": keep the path and re-sample the same step.</summary>
    Resample,

    /// <summary>Ablation: accept the lowest-index candidate and continue without a pair.</summary>
    AcceptWithoutPair,
}
