namespace Psr.Pipeline.Config;

/// <summary>Which pairs of an expansion's distinct candidates the search judges.</summary>
public enum JudgeSchedule
{
    /// <summary>Every pair (the paper's Eq. 2): w(w−1) calls in both orders, w(w−1)/2 in one order.</summary>
    AllPairs,

    /// <summary>
    /// Ablation, cheaper: a single-elimination bracket finds the best candidate (winners advance, an odd one out gets a
    /// bye) and a second bracket of the first-round losers finds the worst (losers advance); w=6 in both orders takes
    /// 14 calls instead of 30. A drawn match goes to the lower candidate index; when no match is decisive the expansion
    /// is an all-tie.
    /// </summary>
    Knockout,
}
