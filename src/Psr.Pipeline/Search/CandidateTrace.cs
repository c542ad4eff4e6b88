using Psr.Roles;

namespace Psr.Pipeline.Search;

/// <summary>One candidate of an expansion, as the step-tree viewer shows it.</summary>
/// <param name="Text">The candidate step.</param>
/// <param name="End">Why sampling stopped.</param>
/// <param name="Final">True when the candidate would end the solution.</param>
/// <param name="Group">Index of its distinct text within the expansion (identical candidates share a group).</param>
/// <param name="Score">Wins (0 when the expansion was not scored).</param>
/// <param name="SelfLabel">The judge's own majority label for this candidate over its comparisons (Unknown if none).</param>
public sealed record CandidateTrace(string Text, CandidateEnd End, bool Final, int Group, int Score, StepCorrectness SelfLabel);
