namespace Psr.Pipeline.Search;

/// <summary>Where the verdict of one ordered candidate comparison came from.</summary>
public enum ComparisonSource
{
    /// <summary>Sent to the judge.</summary>
    Judged,

    /// <summary>Same texts as a judged comparison (duplicate candidates): its verdict reused, no judge call.</summary>
    Reused,

    /// <summary>One-order mode: the verdict of the opposite order, mirrored.</summary>
    Mirrored,

    /// <summary>Identical texts: a tie, never judged.</summary>
    Identical,
}
