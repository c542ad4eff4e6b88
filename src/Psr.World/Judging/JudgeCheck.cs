namespace Psr.World.Judging;

/// <summary>What the judge writes before its per-candidate check lines (docs/world.md §3).</summary>
public enum JudgeCheck
{
    /// <summary>Only the per-candidate check lines (the arithmetic route), then the verdict.</summary>
    Arithmetic,

    /// <summary>
    /// First a state line, <c>Now: 3*36-18*2; ready: 3*36 18*2</c> (the current expression with the previous steps'
    /// results substituted, and the operations that may be done now), then the check lines. Whether a candidate's
    /// operands and operation are the next ones becomes a match against a line the judge itself just wrote, instead of
    /// the look-up through question and previous steps the policy makes.
    /// </summary>
    StateFirst,
}
