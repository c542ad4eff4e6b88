using Psr.Roles;

namespace Psr.Extensions.RealData.RealEft;

/// <summary>One distinct sibling step of a tree node with its PRM score.</summary>
/// <param name="Text">The step text.</param>
/// <param name="End">How the policy ended it.</param>
/// <param name="Score">PRM score in [0, 1].</param>
/// <param name="Copies">How many of the node's w samples had this text.</param>
public sealed record ScoredSibling(string Text, CandidateEnd End, double Score, int Copies);
