namespace Psr.Pipeline.Outcome;

/// <summary>What became of one question's scored solutions.</summary>
public enum OutcomeDecision
{
    /// <summary>A pair (highest, lowest) was kept.</summary>
    Kept,

    /// <summary>Every scored solution had the same mean score (Yuan et al. drop ties).</summary>
    DroppedTie,

    /// <summary>Fewer than two solutions got a parsable score.</summary>
    DroppedUnscored,

    /// <summary>The highest and lowest solutions have the same text.</summary>
    DroppedIdentical,

    /// <summary>The score margin was below <c>outcome.minScoreMargin</c>.</summary>
    DroppedMargin,
}
