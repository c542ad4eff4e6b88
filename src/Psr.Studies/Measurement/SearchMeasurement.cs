using System.Diagnostics;
using Psr.Pipeline.Config;
using Psr.Pipeline.Metrics;
using Psr.Pipeline.Search;
using Psr.Roles;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.Studies.Measurement;

/// <summary>Runs the shared step search (pair-collecting mode) on test problems and scores it with the oracle.</summary>
public static class SearchMeasurement
{
    /// <summary>Searches every problem with <paramref name="judge"/> and returns accuracy, counters and pair breakdowns.</summary>
    public static async Task<SearchOutcome> RunAsync(string judgeName, IStepPolicy policy, IStepJudge judge,
        IReadOnlyList<WorldProblem> problems, SearchConfig config, long seed, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var search = new StepSearch(policy, judge, config);
        var questions = problems.Select(p => new SearchQuestion(p.Id, p.Question)).ToList();
        var results = await search.RunAllAsync(questions, new SearchContext(seed, 0, SearchMode.CollectPairs), ct).ConfigureAwait(false);
        var correct = results.Select((r, i) => r.Status == SearchStatus.Finished &&
            StepOracle.ScoreSolution(problems[i].Expression, string.Join('\n', r.Steps)).FinalAnswerCorrect).ToList();
        var counters = SearchCounters.Sum(results.Select(r => r.Counters));
        var kept = results.SelectMany(r => r.Pairs)
            .Select(p => (Question: p.Question, Prefix: p.PreviousSteps, p.Chosen, p.Rejected));
        var scored = results.Zip(problems).Where(x => x.First.Status == SearchStatus.Finished).SelectMany(x => Scored(x.First, x.Second.Question));
        return new SearchOutcome(judgeName, Rate.WithInterval(correct), correct, counters,
            counters.Expansions == 0 ? 0 : counters.IdenticalExpansions / (double)counters.Expansions,
            PairClassifier.Classify(kept), PairClassifier.Classify(scored), clock.Elapsed.TotalSeconds);
    }

    // Pairs of the final path's judged steps, whatever the filters decided.
    private static IEnumerable<(string, IReadOnlyList<string>, string, string)> Scored(QuestionSearchResult r, string question)
    {
        foreach (var index in r.Trace.PathExpansions)
        {
            var e = r.Trace.Expansions[index];
            if (e.ChosenIndex is int c && e.RejectedIndex is int w && e.Candidates[c].Text != e.Candidates[w].Text)
                yield return (question, r.Steps.Take(e.StepIndex).ToList(), e.Candidates[c].Text, e.Candidates[w].Text);
        }
    }
}
