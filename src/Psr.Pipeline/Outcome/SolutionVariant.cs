namespace Psr.Pipeline.Outcome;

/// <summary>How a whole-solution EFT example was made from a gold solution.</summary>
public enum SolutionVariant
{
    /// <summary>The gold solution (5 points).</summary>
    Gold,

    /// <summary>A corrupted step at a random position, then the rest of the gold solution.</summary>
    WrongStepThenGold,

    /// <summary>A corrupted step at a random position, and the solution stops there.</summary>
    WrongStepThenStop,

    /// <summary>A correct gold prefix without the answer line.</summary>
    Truncated,

    /// <summary>Every operation right, a corrupted answer line.</summary>
    WrongAnswer,
}
