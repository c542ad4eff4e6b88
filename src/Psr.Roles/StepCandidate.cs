namespace Psr.Roles;

/// <summary>One sampled candidate for the next step.</summary>
/// <param name="Text">The step text, without the separator that follows it.</param>
/// <param name="End">Why sampling stopped.</param>
public sealed record StepCandidate(string Text, CandidateEnd End);
