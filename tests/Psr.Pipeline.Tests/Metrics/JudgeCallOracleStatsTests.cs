using Psr.Pipeline.Config;
using Psr.Pipeline.Metrics;
using Psr.Roles;
using Psr.Pipeline.Tests.Fakes;
using static Psr.Pipeline.Tests.Search.SearchHarness;

namespace Psr.Pipeline.Tests.Metrics;

public sealed class JudgeCallOracleStatsTests
{
    [Fact]
    public async Task Judge_calls_where_exactly_one_candidate_is_right_are_scored_against_the_oracle()
    {
        // Given: a judge preferring the higher digit; "ok" steps are right, "bad" ones wrong
        var policy = new ScriptedPolicy(["ok 3", "bad 2", "hmm 1"], ["ok 1 \\boxed{1}", "bad 3 \\boxed{1}", "ok 2 \\boxed{2}"]);
        var r = await RunOne(policy, RuleJudge.ByRank(), new SearchConfig { Width = 3 });

        // When
        var stats = JudgeCallOracleStats.Of(new PrefixOracle(), "Q", r.Trace);

        // Then: step 1: ok 3 beats bad 2 in both orders (hmm is unlabelled); step 2: bad 3 beats both ok steps in both orders
        Assert.Equal((2, 4, 0), (stats.Right, stats.Wrong, stats.Undecided));
    }
}
