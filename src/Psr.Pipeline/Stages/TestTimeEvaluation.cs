using Psr.Model.Generation;
using Psr.Pipeline.Config;
using Psr.Roles;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.Pipeline.Stages;

/// <summary>
/// Test-time scaling: the step-wise search at inference (no pairs kept) on test problems, with a given judge; each
/// tick's finished problems go to a progress log (resumable) and are scored by the oracle.
/// </summary>
public static class TestTimeEvaluation
{
    /// <summary>Searches every problem not yet in <paramref name="logName"/>; returns the records in problem order.</summary>
    public static async Task<List<TestTimeRecord>> RunAsync(StageContext context, string logName, IStepPolicy policy, IStepJudge judge,
        SearchConfig config, LaneThreads? lanes, SearchContext searchContext, IReadOnlyList<WorldProblem> problems, Action<int> onDone, CancellationToken ct)
    {
        var byId = problems.ToDictionary(p => p.Id, StringComparer.Ordinal);
        using var log = context.OpenProgress<TestTimeRecord>(logName);
        var done = log.Records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        onDone(done.Count);
        var remaining = problems.Where(p => !done.Contains(p.Id)).Select(p => new SearchQuestion(p.Id, p.Question)).ToList();
        var search = new StepSearch(policy, judge, config, LaneThreads.EntryOf(lanes));
        await foreach (var batch in search.RunAsync(remaining, searchContext, ct).ConfigureAwait(false))
        {
            log.Append(batch.Select(r => Score(byId[r.QuestionId], r)));
            onDone(log.Records.Count);
        }
        var records = log.Records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return problems.Select(p => records[p.Id]).ToList();
    }

    private static TestTimeRecord Score(WorldProblem problem, QuestionSearchResult r)
    {
        var correct = r.Status == SearchStatus.Finished && StepOracle.ScoreSolution(problem.Expression, string.Join('\n', r.Steps)).FinalAnswerCorrect;
        return new TestTimeRecord(r.QuestionId, r.Status, r.Steps, correct, r.Counters);
    }
}
