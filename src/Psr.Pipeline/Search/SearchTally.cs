using Psr.Roles;

namespace Psr.Pipeline.Search;

/// <summary>Mutable counters of one question while its search runs; frozen into <see cref="SearchCounters"/>.</summary>
internal sealed class SearchTally
{
    public int Expansions;
    public int IdenticalExpansions;
    public int AllTieExpansions;
    public int Rollbacks;
    public int Resamples;
    public int JudgeCalls;
    public int UnparsedVerdicts;
    public int BothWrongVerdicts;
    public int TieVerdicts;
    public int PairsDroppedSelfJudged;
    public int PairsDroppedLabelDissent;
    public int PairsDroppedMargin;
    public int SelfWrongRetries;

    /// <summary>Counts the judge calls of one expansion.</summary>
    public void CountJudgments(IReadOnlyList<StepJudgment> judgments)
    {
        JudgeCalls += judgments.Count;
        foreach (var j in judgments)
        {
            switch (j.Verdict)
            {
                case JudgeVerdict.Unparsed: UnparsedVerdicts++; break;
                case JudgeVerdict.BothWrong: BothWrongVerdicts++; break;
                case JudgeVerdict.Tie: TieVerdicts++; break;
            }
        }
    }

    /// <summary>Freezes the counters of a question that ended with <paramref name="status"/> and <paramref name="pairs"/> pairs.</summary>
    public SearchCounters Freeze(SearchStatus status, int pairs) => new()
    {
        Finished = status == SearchStatus.Finished ? 1 : 0,
        Unfinished = status == SearchStatus.Unfinished ? 1 : 0,
        Expansions = Expansions,
        IdenticalExpansions = IdenticalExpansions,
        AllTieExpansions = AllTieExpansions,
        Rollbacks = Rollbacks,
        Resamples = Resamples,
        JudgeCalls = JudgeCalls,
        UnparsedVerdicts = UnparsedVerdicts,
        BothWrongVerdicts = BothWrongVerdicts,
        TieVerdicts = TieVerdicts,
        PairsDroppedSelfJudged = PairsDroppedSelfJudged,
        PairsDroppedLabelDissent = PairsDroppedLabelDissent,
        PairsDroppedMargin = PairsDroppedMargin,
        SelfWrongRetries = SelfWrongRetries,
        Pairs = pairs,
    };
}
