namespace Psr.Pipeline.Outcome;

/// <summary>One whole-solution scoring example (the outcome baseline's EFT).</summary>
/// <param name="ProblemId">The problem's id.</param>
/// <param name="Prompt">The scoring prompt (<see cref="CompactScorePrompt"/>).</param>
/// <param name="Target">The check lines and <c>Score: k</c> (<see cref="ScoreTargetWriter"/>).</param>
/// <param name="Solution">The solution scored.</param>
/// <param name="Points">k.</param>
/// <param name="Variant">How the solution was made.</param>
public sealed record ScoreExample(string ProblemId, string Prompt, string Target, string Solution, int Points, SolutionVariant Variant);
