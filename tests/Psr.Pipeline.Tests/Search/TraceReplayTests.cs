using Psr.Pipeline.Config;
using Psr.Pipeline.Search;
using Psr.Pipeline.Tests.Fakes;

namespace Psr.Pipeline.Tests.Search;

public sealed class TraceReplayTests
{
    [Fact]
    public async Task Replaying_a_trace_rebuilds_every_prefix_and_the_final_path()
    {
        // Given: traces with rollbacks, resamples and identical steps
        var questions = Enumerable.Range(0, 30).Select(i => new SearchQuestion($"q{i}", "Q")).ToList();
        var results = await new StepSearch(new SeededPolicy(), new HashJudge(), new SearchConfig { Width = 4 })
            .RunAllAsync(questions, new SearchContext(3, 1, SearchMode.CollectPairs));

        foreach (var r in results)
        {
            // When
            var prefixes = TraceReplay.Prefixes(r.Trace, out var path);

            // Then
            Assert.Equal(r.Steps, path);
            Assert.Equal(r.Trace.Expansions.Select(e => e.StepIndex), prefixes.Select(p => p.Count));
            foreach (var pair in r.Pairs)
                Assert.Equal(pair.PreviousSteps, prefixes[pair.Expansion]);
        }
        Assert.Contains(results, r => r.Counters.Rollbacks > 0);
    }
}
