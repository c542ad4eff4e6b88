namespace Psr.Reports;

/// <summary>Pairs one rule dropped in a round.</summary>
/// <param name="Rule">The rule, e.g. "label dissent" (<c>search.unanimousLabels</c>).</param>
/// <param name="Pairs">Candidate pairs it dropped.</param>
public sealed record PairDrop(string Rule, int Pairs);
