namespace Psr.Pipeline.Search;

/// <summary>What one expansion did to the path.</summary>
public enum ExpansionOutcome
{
    /// <summary>The best candidate was accepted as the next step.</summary>
    Accepted,

    /// <summary>All candidates were identical: accepted without a pair (deviation: otherwise all-tie loops).</summary>
    AcceptedIdentical,

    /// <summary>All scores tied and <c>AllTie = AcceptWithoutPair</c>: the lowest-index candidate was accepted without a pair.</summary>
    AcceptedAllTie,

    /// <summary>All scores tied: the previous step and its pair were dropped.</summary>
    RolledBack,

    /// <summary>All scores tied with nothing to roll back (first step) or rollback off: the step is sampled again.</summary>
    Resampled,
}
