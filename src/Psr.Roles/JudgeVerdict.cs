namespace Psr.Roles;

/// <summary>The judge's verdict on one ordered comparison.</summary>
public enum JudgeVerdict
{
    /// <summary>Candidate A is better.</summary>
    A,

    /// <summary>Candidate B is better.</summary>
    B,

    /// <summary>Neither is better (equally good).</summary>
    Tie,

    /// <summary>The judge calls both candidates wrong: no win to either side.</summary>
    BothWrong,

    /// <summary>The judge's output had no recognisable verdict (counted, scores no win).</summary>
    Unparsed,
}
