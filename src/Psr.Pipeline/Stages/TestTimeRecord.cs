using Psr.Pipeline.Search;

namespace Psr.Pipeline.Stages;

/// <summary>One test problem solved by search at inference (one line of <c>tts.jsonl</c> / <c>tts-oracle.jsonl</c>).</summary>
/// <param name="Id">The problem's id.</param>
/// <param name="Status">Finished or out of expansions.</param>
/// <param name="Steps">The final path.</param>
/// <param name="Correct">Whether its final answer is right (an unfinished path counts as wrong).</param>
/// <param name="Counters">The search counters.</param>
public sealed record TestTimeRecord(string Id, SearchStatus Status, IReadOnlyList<string> Steps, bool Correct, SearchCounters Counters);
