namespace Psr.Training.Dpo;

/// <summary>Which finished search paths of a round count as self-verified, for own-path replay (<see cref="ReplaySource.OwnPaths"/>).</summary>
public enum OwnPathRule
{
    /// <summary>No accepted step on the path labelled wrong by its judge: a step whose comparisons disagreed (unknown) passes.</summary>
    NoStepWrong,

    /// <summary>
    /// Every accepted step labelled right by its judge (unanimously over its comparisons), except a step whose candidates
    /// were all identical, which needs only not be labelled wrong: its one comparison with itself rarely gives the same
    /// mark twice. On the default's seed-2 rounds it keeps 85 % of the right paths and half of the wrong ones
    /// (docs/world.md §9, attempt 23).
    /// </summary>
    EveryStepRight,
}
