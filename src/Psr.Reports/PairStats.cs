using System.Text.Json.Serialization;
using Psr.Pipeline.Metrics;

namespace Psr.Reports;

/// <summary>The pairs a round produced (<c>pairs.jsonl</c>) and how the oracle sees them.</summary>
/// <param name="Questions">Questions searched.</param>
/// <param name="Finished">Searches that reached an answer.</param>
/// <param name="Pairs">Pairs kept.</param>
/// <param name="Breakdown">Pairs per oracle category (null where the world has no oracle).</param>
/// <param name="OracleAgreesWithChosen">Pairs whose chosen step the oracle also prefers (clean pairs), over all pairs.</param>
/// <param name="Rollbacks">Expansions that rolled back the previous step.</param>
/// <param name="JudgeCalls">Judge calls the search made.</param>
/// <param name="JudgeTieRate">Judge calls of the search that returned a tie.</param>
/// <param name="Dropped">Where candidate pairs went, by rule in the order the rules apply: for the step search,
/// expansions without a pair (identical candidates, all tie) and pairs the filters dropped, counted when decided (a
/// later rollback or an unfinished path drops more); for the outcome baseline, questions per drop reason. Null in
/// reports written before it was kept.</param>
public sealed record PairStats(int Questions, int Finished, int Pairs, PairOracleBreakdown? Breakdown, double? OracleAgreesWithChosen,
    int Rollbacks, int JudgeCalls, double JudgeTieRate, IReadOnlyList<PairDrop>? Dropped = null)
{
    /// <summary>"self-judged 146, label dissent 671" (rules that dropped nothing left out), or "none".</summary>
    [JsonIgnore]
    public string DroppedText => Dropped is null ? "–"
        : Dropped.Any(d => d.Pairs > 0) ? string.Join(", ", Dropped.Where(d => d.Pairs > 0).Select(d => $"{d.Rule} {d.Pairs}")) : "none";
}
