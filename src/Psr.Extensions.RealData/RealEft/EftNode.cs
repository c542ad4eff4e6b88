namespace Psr.Extensions.RealData.RealEft;

/// <summary>One expanded node of a problem's tree: the path so far and its scored siblings (kept for audit).</summary>
/// <param name="Depth">0 for the first step.</param>
/// <param name="PreviousSteps">The path's steps before this node's siblings.</param>
/// <param name="Siblings">The distinct siblings, in sample order.</param>
/// <param name="Outcome">What the node gave.</param>
public sealed record EftNode(int Depth, IReadOnlyList<string> PreviousSteps, IReadOnlyList<ScoredSibling> Siblings, NodeOutcome Outcome);
