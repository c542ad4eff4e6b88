namespace Psr.Roles;

/// <summary>Why the policy stopped sampling a candidate step.</summary>
public enum CandidateEnd
{
    /// <summary>Stopped at the next step boundary (e.g. the next "Step k:" header).</summary>
    StepBoundary,

    /// <summary>The model emitted end-of-sequence: the solution ends with this step.</summary>
    EndOfSequence,

    /// <summary>Cut at the step token cap.</summary>
    TokenLimit,
}
