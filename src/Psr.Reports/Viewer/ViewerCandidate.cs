using Psr.Roles;

namespace Psr.Reports.Viewer;

/// <summary>One candidate step as the viewer shows it.</summary>
/// <param name="Text">The candidate step.</param>
/// <param name="Score">Wins over the other candidates.</param>
/// <param name="Group">Index of its distinct text (identical candidates share one).</param>
/// <param name="Final">True when it would end the solution.</param>
/// <param name="SelfLabel">The judge's own majority label for it.</param>
/// <param name="Oracle">The world oracle's label given the expansion's prefix (null where the world has no oracle).</param>
public sealed record ViewerCandidate(string Text, int Score, int Group, bool Final, StepCorrectness SelfLabel, StepCorrectness? Oracle);
