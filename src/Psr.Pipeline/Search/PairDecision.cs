namespace Psr.Pipeline.Search;

/// <summary>What became of the pair an expansion could have produced.</summary>
public enum PairDecision
{
    /// <summary>No pair possible (rollback, re-sample, identical candidates, all-tie accept).</summary>
    None,

    /// <summary>Pair kept (it reaches the output only if the path finishes and the step is not rolled back).</summary>
    Kept,

    /// <summary>Dropped: the judge itself labelled the chosen candidate wrong (self-judged filter).</summary>
    DroppedSelfJudged,

    /// <summary>Dropped: a judge call labelled the chosen candidate wrong or the rejected one right (<c>UnanimousLabels</c>).</summary>
    DroppedLabelDissent,

    /// <summary>Dropped: score margin below <c>MinScoreMargin</c>.</summary>
    DroppedMargin,

    /// <summary>Test-time search: pairs are not collected.</summary>
    NotCollected,
}
