namespace Psr.Pipeline.Search;

/// <summary>The outcome of one question's search: one line of the search stage's progress log.</summary>
/// <param name="QuestionId">The question's id.</param>
/// <param name="Status">Finished or unfinished.</param>
/// <param name="Steps">The final path (partial when unfinished).</param>
/// <param name="Pairs">Kept pairs (empty when unfinished or in test-time mode).</param>
/// <param name="Counters">This question's counters.</param>
/// <param name="Trace">Every expansion.</param>
public sealed record QuestionSearchResult(
    string QuestionId,
    SearchStatus Status,
    IReadOnlyList<string> Steps,
    IReadOnlyList<StepPair> Pairs,
    SearchCounters Counters,
    QuestionTrace Trace);
