using Psr.Pipeline.Config;
using Psr.Roles;
using Psr.Pipeline.Search;

namespace Psr.Pipeline.Tests.Search;

/// <summary>Runs one scripted question ("q") through the search.</summary>
internal static class SearchHarness
{
    public static async Task<QuestionSearchResult> RunOne(
        IStepPolicy policy, IStepJudge judge, SearchConfig config, SearchMode mode = SearchMode.CollectPairs)
    {
        var results = await new StepSearch(policy, judge, config)
            .RunAllAsync([new SearchQuestion("q", "What is 2+2?")], new SearchContext(7, 1, mode));
        return results.Single();
    }

    public static ExpansionOutcome[] Outcomes(QuestionSearchResult r) => r.Trace.Expansions.Select(e => e.Outcome).ToArray();
}
