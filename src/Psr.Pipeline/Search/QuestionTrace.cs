namespace Psr.Pipeline.Search;

/// <summary>The full search record of one question.</summary>
/// <param name="Expansions">Every expansion in order, including rolled-back ones.</param>
/// <param name="PathExpansions">For each step of the final path, the expansion that accepted it.</param>
public sealed record QuestionTrace(IReadOnlyList<ExpansionTrace> Expansions, IReadOnlyList<int> PathExpansions);
