using Psr.Pipeline.Config;
using Psr.Roles;
using Psr.Pipeline.Search;
using Psr.Pipeline.Tests.Fakes;
using static Psr.Pipeline.Tests.Search.SearchHarness;

namespace Psr.Pipeline.Tests.Search;

public sealed class StepSearchScheduleTests
{
    // Ranks 3 5 1 4 0 2: the best is candidate 1, the worst candidate 4.
    private static readonly string[] Six = ["3 a", "5 b \\boxed{1}", "1 c", "4 d", "0 e", "2 f"];

    [Theory]
    [InlineData(JudgeOrders.BothOrders, 14)]
    [InlineData(JudgeOrders.OneOrder, 7)]
    public async Task A_knockout_finds_the_best_and_the_worst_with_fewer_judge_calls(JudgeOrders orders, int calls)
    {
        // Given six distinct candidates and a judge that prefers the higher rank
        var judge = RuleJudge.ByRank();

        // When
        var r = await RunOne(new ScriptedPolicy(Six), judge, new SearchConfig { Schedule = JudgeSchedule.Knockout, JudgeOrders = orders });

        // Then: winners' bracket 3+1+1 matches, losers' bracket 1+1, instead of all 15 pairs
        var e = r.Trace.Expansions.Single();
        Assert.Equal((1, 4), (e.ChosenIndex, e.RejectedIndex));
        Assert.Equal(calls, r.Counters.JudgeCalls);
        Assert.Equal(calls, judge.Seen.Count);
        // And the later rounds of both brackets share judge batches: first round, then two more
        Assert.Equal(3, judge.Calls);
        Assert.Equal(("5 b \\boxed{1}", "0 e"), (r.Pairs[0].Chosen, r.Pairs[0].Rejected));
    }

    [Fact]
    public async Task A_knockout_without_a_decisive_match_is_an_all_tie()
    {
        // Given a judge that always answers A: both orders cancel in every match
        var alwaysA = new RuleJudge((_, _) => JudgeVerdict.A);

        // When
        var r = await RunOne(new ScriptedPolicy(Six), alwaysA, new SearchConfig { Schedule = JudgeSchedule.Knockout, MaxExpansions = 1 });

        // Then
        Assert.Equal([ExpansionOutcome.Resampled], Outcomes(r));
        Assert.Equal(1, r.Counters.AllTieExpansions);
    }

    [Fact]
    public async Task A_budgeted_knockout_draws_the_matches_it_cannot_afford()
    {
        // Given a budget that pays for the first round only
        var judge = RuleJudge.ByRank();

        // When
        var r = await RunOne(new ScriptedPolicy(Six), judge, new SearchConfig { Schedule = JudgeSchedule.Knockout, JudgeCallBudget = 6 });

        // Then: first-round winners 1, 3, 5 draw through to the lowest index; losers 0, 2, 4 likewise to the last
        var e = r.Trace.Expansions.Single();
        Assert.Equal(6, r.Counters.JudgeCalls);
        Assert.Equal((1, 4), (e.ChosenIndex, e.RejectedIndex));
        Assert.Equal(6, e.Comparisons.Count);
    }

    [Fact]
    public async Task Budgeted_all_pairs_spreads_its_calls_round_robin()
    {
        // Given four candidates and room for three of the six pairs (both orders)
        var judge = RuleJudge.ByRank();

        // When
        var r = await RunOne(new ScriptedPolicy(["1 a", "3 b \\boxed{1}", "2 c", "0 d"]), judge,
            new SearchConfig { Width = 4, JudgeCallBudget = 6, MaxExpansions = 1 });

        // Then: six calls, the first round-robin round covers every candidate, unjudged pairs score nothing
        // (scores 2, 2, 2, 0: candidate 0 beat 3, 1 beat 2, 2 beat 0)
        Assert.Equal(6, r.Counters.JudgeCalls);
        var shown = judge.Seen.SelectMany(c => new[] { c.CandidateA, c.CandidateB }).Distinct().Count();
        Assert.Equal(4, shown);
        Assert.Equal(6, r.Trace.Expansions[0].Comparisons.Count);
        Assert.Equal([2, 2, 2, 0], r.Trace.Expansions[0].Candidates.Select(c => c.Score));
    }

    [Theory]
    [InlineData(JudgeSchedule.AllPairs, 0, 30)]
    [InlineData(JudgeSchedule.AllPairs, 12, 12)]
    [InlineData(JudgeSchedule.Knockout, 0, 14)]
    [InlineData(JudgeSchedule.Knockout, 10, 10)]
    public async Task The_budget_caps_the_judge_calls_of_an_expansion(JudgeSchedule schedule, int budget, int calls)
    {
        // Given / When
        var r = await RunOne(new ScriptedPolicy(Six), RuleJudge.ByRank(), new SearchConfig { Schedule = schedule, JudgeCallBudget = budget, MaxExpansions = 1 });

        // Then
        Assert.Equal(calls, r.Counters.JudgeCalls);
    }
}
