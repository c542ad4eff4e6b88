using System.Text.Json.Serialization;

namespace Psr.Pipeline.Search;

/// <summary>Search counters for one question or, summed, for a whole search.</summary>
public sealed record SearchCounters
{
    /// <summary>Questions whose path reached a final step.</summary>
    public int Finished { get; init; }

    /// <summary>Questions that ran out of expansions.</summary>
    public int Unfinished { get; init; }

    /// <summary>Expansions (policy calls per question), all outcomes.</summary>
    public int Expansions { get; init; }

    /// <summary>Expansions whose w candidates were all identical (accepted without a pair).</summary>
    public int IdenticalExpansions { get; init; }

    /// <summary>Scored expansions where every candidate tied.</summary>
    public int AllTieExpansions { get; init; }

    /// <summary>All-tie (or self-wrong, <c>search.retrySelfWrong</c>) expansions that dropped the previous step.</summary>
    public int Rollbacks { get; init; }

    /// <summary>All-tie (or self-wrong) expansions that sampled the same step again.</summary>
    public int Resamples { get; init; }

    /// <summary>Comparisons sent to the judge.</summary>
    public int JudgeCalls { get; init; }

    /// <summary>Judge calls with no recognisable verdict.</summary>
    public int UnparsedVerdicts { get; init; }

    /// <summary>Judge calls that called both candidates wrong.</summary>
    public int BothWrongVerdicts { get; init; }

    /// <summary>Judge calls that returned a tie.</summary>
    public int TieVerdicts { get; init; }

    /// <summary>Pairs dropped by the self-judged filter (counted when decided, even if later rolled back).</summary>
    public int PairsDroppedSelfJudged { get; init; }

    /// <summary>Pairs dropped because a judge call disagreed with their labels (search.unanimousLabels; counted when decided).</summary>
    public int PairsDroppedLabelDissent { get; init; }

    /// <summary>Pairs dropped by the margin filter (counted when decided).</summary>
    public int PairsDroppedMargin { get; init; }

    /// <summary>Expansions not accepted because the judge labelled their chosen step wrong (<c>search.retrySelfWrong</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // off: earlier searches' results are written byte for byte as before
    public int SelfWrongRetries { get; init; }

    /// <summary>Pairs in the output (finished paths only, rolled-back steps excluded).</summary>
    public int Pairs { get; init; }

    /// <summary>The element-wise sum.</summary>
    public SearchCounters Plus(SearchCounters o) => new()
    {
        Finished = Finished + o.Finished,
        Unfinished = Unfinished + o.Unfinished,
        Expansions = Expansions + o.Expansions,
        IdenticalExpansions = IdenticalExpansions + o.IdenticalExpansions,
        AllTieExpansions = AllTieExpansions + o.AllTieExpansions,
        Rollbacks = Rollbacks + o.Rollbacks,
        Resamples = Resamples + o.Resamples,
        JudgeCalls = JudgeCalls + o.JudgeCalls,
        UnparsedVerdicts = UnparsedVerdicts + o.UnparsedVerdicts,
        BothWrongVerdicts = BothWrongVerdicts + o.BothWrongVerdicts,
        TieVerdicts = TieVerdicts + o.TieVerdicts,
        PairsDroppedSelfJudged = PairsDroppedSelfJudged + o.PairsDroppedSelfJudged,
        PairsDroppedLabelDissent = PairsDroppedLabelDissent + o.PairsDroppedLabelDissent,
        PairsDroppedMargin = PairsDroppedMargin + o.PairsDroppedMargin,
        SelfWrongRetries = SelfWrongRetries + o.SelfWrongRetries,
        Pairs = Pairs + o.Pairs,
    };

    /// <summary>The sum over many counters.</summary>
    public static SearchCounters Sum(IEnumerable<SearchCounters> all) => all.Aggregate(new SearchCounters(), (a, b) => a.Plus(b));
}
