using Psr.Pipeline.Search;

namespace Psr.Reports.Viewer;

/// <summary>One expansion of a question's search as the viewer shows it.</summary>
/// <param name="Index">0-based expansion index.</param>
/// <param name="StepIndex">Accepted steps before the candidates.</param>
/// <param name="Prefix">Those steps (replayed from the trace).</param>
/// <param name="Outcome">Accepted, rolled back, re-sampled, …</param>
/// <param name="Chosen">The accepted candidate, if any.</param>
/// <param name="Rejected">The worst candidate, if scored with a winner.</param>
/// <param name="Pair">What became of the pair.</param>
/// <param name="OnPath">True when the accepted step is part of the final path (not rolled back later).</param>
/// <param name="Candidates">The w candidates.</param>
/// <param name="Comparisons">Every ordered comparison with the judge's verdict and raw text.</param>
public sealed record ViewerExpansion(int Index, int StepIndex, IReadOnlyList<string> Prefix, ExpansionOutcome Outcome, int? Chosen, int? Rejected,
    PairDecision Pair, bool OnPath, IReadOnlyList<ViewerCandidate> Candidates, IReadOnlyList<ComparisonTrace> Comparisons);
