namespace Psr.Training.Dpo;

/// <summary>What a round replays beside its preference pairs (<see cref="StepDpoConfig.Replay"/> examples a step).</summary>
public enum ReplaySource
{
    /// <summary>The seed SFT data, IFT + EFT, as Init trained M1 on them: protects what M1 knows.</summary>
    SeedData,

    /// <summary>
    /// The round's own self-verified solutions: every finished search path none of whose accepted steps the judge itself
    /// labelled wrong (the outcome baseline: every solution its judge scored full marks). Fresh questions, no gold.
    /// </summary>
    OwnPaths,

    /// <summary>
    /// <see cref="OwnPaths"/> and the seed EFT examples together, drawn alike: the policy learns the round's own
    /// solutions while the judge keeps rehearsing its own training data (own paths alone let the judge drift, 73.9 →
    /// 70.7 % over three rounds, docs/world.md §9 attempt 20).
    /// </summary>
    OwnPathsAndEft,
}
