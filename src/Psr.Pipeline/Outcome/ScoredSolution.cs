using Psr.Roles;

namespace Psr.Pipeline.Outcome;

/// <summary>One sampled whole solution with the model's judge samples.</summary>
/// <param name="Text">The solution.</param>
/// <param name="End">Why sampling stopped.</param>
/// <param name="Outputs">The raw judge outputs.</param>
/// <param name="Scores">Each output's parsed score (null = unparsed).</param>
/// <param name="Mean">Mean of the parsed scores; null when none parsed.</param>
public sealed record ScoredSolution(string Text, CandidateEnd End, IReadOnlyList<string> Outputs, IReadOnlyList<double?> Scores, double? Mean);
