namespace Psr.World.Judging;

/// <summary>What a judgment says about one candidate.</summary>
public enum CandidateMark
{
    /// <summary>No check line ending in <c>right</c> or <c>wrong</c> was found.</summary>
    Missing,

    /// <summary>The check line ends with <c>right</c>.</summary>
    Right,

    /// <summary>The check line ends with <c>wrong</c>.</summary>
    Wrong,
}
