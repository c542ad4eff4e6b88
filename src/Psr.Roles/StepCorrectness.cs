namespace Psr.Roles;

/// <summary>Whether a step is right, as said by a judge's per-candidate label or by an oracle.</summary>
public enum StepCorrectness
{
    /// <summary>No label (the judge format has none, or the oracle cannot tell).</summary>
    Unknown,

    /// <summary>The step is right.</summary>
    Correct,

    /// <summary>The step is wrong.</summary>
    Wrong,
}
