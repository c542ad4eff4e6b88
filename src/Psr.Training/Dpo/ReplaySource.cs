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
}
