namespace Psr.Training.Dpo;

/// <summary>Which finished search paths of a round count as self-verified, for own-path replay (<see cref="ReplaySource.OwnPaths"/>).</summary>
public enum OwnPathRule
{
    /// <summary>No accepted step on the path labelled wrong by its judge: a step whose comparisons disagreed (unknown) passes.</summary>
    NoStepWrong,

    /// <summary>
    /// Every accepted step labelled right by its judge (unanimously over its comparisons), except a step whose candidates
    /// were all identical, which needs only not be labelled wrong (its one comparison with itself can mark the same step
    /// right in one position and wrong in the other). On a seed-2 round (attempt 23's f5b2) it keeps 94 % of the right
    /// paths and half of the wrong ones, and gains nothing over three rounds: most right paths it drops went through a
    /// corrected slip (docs/world.md §9, attempt 23).
    /// </summary>
    EveryStepRight,
}
