namespace Psr.Extensions.RealData.RealEft;

/// <summary>The best and worst sibling of one node by PRM score (before annotation).</summary>
/// <param name="ProblemId">The problem.</param>
/// <param name="Question">The question text.</param>
/// <param name="PreviousSteps">The steps before the siblings.</param>
/// <param name="Depth">The node's depth.</param>
/// <param name="Best">The highest-scored sibling.</param>
/// <param name="Worst">The lowest-scored sibling.</param>
public sealed record CandidatePair(
    string ProblemId, string Question, IReadOnlyList<string> PreviousSteps, int Depth, ScoredSibling Best, ScoredSibling Worst);
