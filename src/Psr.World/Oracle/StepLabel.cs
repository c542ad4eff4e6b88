namespace Psr.World.Oracle;

/// <summary>The oracle's label of a candidate step.</summary>
public enum StepLabel
{
    /// <summary>The step is a valid next step.</summary>
    Correct,

    /// <summary>The step is not a valid next step.</summary>
    Wrong,

    /// <summary>Undecidable: the previous steps are already wrong (or the question does not parse).</summary>
    Unknown,
}
