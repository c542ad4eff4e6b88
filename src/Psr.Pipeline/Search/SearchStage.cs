using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Search;

/// <summary>
/// The search stage of a round: runs <see cref="StepSearch"/> over the round's questions, appending each tick's
/// finished questions to <c>progress.jsonl</c>, so a killed stage resumes from the last finished question. At the
/// end it writes, atomically and in input order, <c>pairs.jsonl</c> (<see cref="StepPair"/>) and
/// <c>results.jsonl</c> (<see cref="QuestionSearchResult"/> with the full trace). <c>onFinished</c>, when given, hears the
/// number of finished questions after each tick (resumed ones included).
/// </summary>
public sealed class SearchStage(
    StageId id, string configHash, IReadOnlyList<string> inputs, StepSearch search, SearchContext context,
    IReadOnlyList<SearchQuestion> questions, Action<int>? onFinished = null) : IStage
{
    /// <summary>File name of the pairs artifact.</summary>
    public const string PairsFile = "pairs.jsonl";

    /// <summary>File name of the per-question results (solutions, counters, traces).</summary>
    public const string ResultsFile = "results.jsonl";

    /// <inheritdoc />
    public StageId Id => id;

    /// <inheritdoc />
    public string ConfigHash => configHash;

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => inputs;

    /// <inheritdoc />
    public async Task<StageOutcome> RunAsync(StageContext stageContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stageContext);
        using var progress = stageContext.OpenProgress<QuestionSearchResult>();
        var done = progress.Records.Select(r => r.QuestionId).ToHashSet(StringComparer.Ordinal);
        var remaining = questions.Where(q => !done.Contains(q.Id)).ToList();
        onFinished?.Invoke(progress.Records.Count);
        await foreach (var batch in search.RunAsync(remaining, context, cancellationToken).ConfigureAwait(false))
        {
            progress.Append(batch);
            onFinished?.Invoke(progress.Records.Count);
        }

        var byId = progress.Records.ToDictionary(r => r.QuestionId, StringComparer.Ordinal);
        var results = questions.Select(q => byId[q.Id]).ToList();
        ArtifactJsonl.Write(stageContext.PathOf(PairsFile), results.SelectMany(r => r.Pairs));
        ArtifactJsonl.Write(stageContext.PathOf(ResultsFile), results);
        var counters = SearchCounters.Sum(results.Select(r => r.Counters));
        return new StageOutcome([stageContext.Artifact(PairsFile), stageContext.Artifact(ResultsFile)], Counts(counters, questions.Count));
    }

    private static SortedDictionary<string, long> Counts(SearchCounters c, int questionCount)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal)
        {
            ["questions"] = questionCount,
            ["finished"] = c.Finished,
            ["unfinished"] = c.Unfinished,
            ["pairs"] = c.Pairs,
            ["expansions"] = c.Expansions,
            ["identicalExpansions"] = c.IdenticalExpansions,
            ["allTieExpansions"] = c.AllTieExpansions,
            ["rollbacks"] = c.Rollbacks,
            ["resamples"] = c.Resamples,
            ["judgeCalls"] = c.JudgeCalls,
            ["unparsedVerdicts"] = c.UnparsedVerdicts,
            ["bothWrongVerdicts"] = c.BothWrongVerdicts,
            ["tieVerdicts"] = c.TieVerdicts,
            ["pairsDroppedSelfJudged"] = c.PairsDroppedSelfJudged,
            ["pairsDroppedLabelDissent"] = c.PairsDroppedLabelDissent,
            ["pairsDroppedMargin"] = c.PairsDroppedMargin,
        };
        if (c.SelfWrongRetries > 0) // only where search.retrySelfWrong is on: other manifests are as before
            counts["selfWrongRetries"] = c.SelfWrongRetries;
        return counts;
    }
}
