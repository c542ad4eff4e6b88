namespace Psr.Extensions.RealData.RealEft;

/// <summary>One problem's walked tree.</summary>
/// <param name="Problem">The problem.</param>
/// <param name="Nodes">Every expanded node, root first.</param>
/// <param name="Pairs">The candidate pairs (nodes with <see cref="NodeOutcome.Pair"/>), root first.</param>
public sealed record TreeWalkResult(EftProblem Problem, IReadOnlyList<EftNode> Nodes, IReadOnlyList<CandidatePair> Pairs);
