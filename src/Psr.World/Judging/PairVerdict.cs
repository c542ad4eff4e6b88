namespace Psr.World.Judging;

/// <summary>The verdict of a pairwise step judgment.</summary>
public enum PairVerdict
{
    /// <summary>No verdict token was found.</summary>
    Missing,

    /// <summary><c>[[A]]</c>: A is right and B is wrong.</summary>
    A,

    /// <summary><c>[[B]]</c>: B is right and A is wrong.</summary>
    B,

    /// <summary><c>[[tie]]</c>: both are right.</summary>
    Tie,

    /// <summary><c>[[none]]</c>: both are wrong (the search drops such a pair).</summary>
    None,
}
