namespace Psr.Extensions.RealData.RealEft;

/// <summary>Whether a tree node gave a candidate pair, and why not.</summary>
public enum NodeOutcome
{
    /// <summary>Best and worst sibling differ by at least the margin: a candidate pair.</summary>
    Pair,

    /// <summary>Every sample had the same text: nothing to compare.</summary>
    OneDistinctSibling,

    /// <summary>The best − worst score difference is below the margin (including all-equal scores).</summary>
    BelowMargin,
}
