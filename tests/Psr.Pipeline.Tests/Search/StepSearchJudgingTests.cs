using Psr.Pipeline.Config;
using Psr.Roles;
using Psr.Pipeline.Search;
using Psr.Pipeline.Tests.Fakes;
using static Psr.Pipeline.Tests.Search.SearchHarness;

namespace Psr.Pipeline.Tests.Search;

public sealed class StepSearchJudgingTests
{
    [Theory]
    [InlineData(JudgeOrders.BothOrders, 6, 6, 4, 0)]
    [InlineData(JudgeOrders.OneOrder, 3, 3, 2, 5)]
    public async Task Each_distinct_ordered_comparison_is_judged_once(
        JudgeOrders orders, int calls, int judged, int reused, int mirrored)
    {
        // Given: four candidates with three distinct texts
        var policy = new ScriptedPolicy(["3 \\boxed{a}", "3 \\boxed{a}", "2 b", "1 c"]);
        var judge = RuleJudge.ByRank();

        // When
        var r = await RunOne(policy, judge, new SearchConfig { Width = 4, JudgeOrders = orders });

        // Then: 3·2 (or 3) judge calls instead of 4·3, no identical text is judged, duplicates share verdicts
        Assert.Equal(calls, judge.Seen.Count);
        Assert.Equal(calls, r.Counters.JudgeCalls);
        Assert.DoesNotContain(judge.Seen, c => c.CandidateA == c.CandidateB);
        Assert.Equal(judge.Seen.Count, judge.Seen.Select(c => (c.CandidateA, c.CandidateB)).Distinct().Count());
        var comparisons = r.Trace.Expansions[0].Comparisons;
        Assert.Equal(12, comparisons.Count);
        Assert.Equal(judged, comparisons.Count(c => c.Source == ComparisonSource.Judged));
        Assert.Equal(2, comparisons.Count(c => c.Source == ComparisonSource.Identical));
        Assert.Equal(reused, comparisons.Count(c => c.Source == ComparisonSource.Reused));
        Assert.Equal(mirrored, comparisons.Count(c => c.Source == ComparisonSource.Mirrored));
        // Identical candidates get identical scores: [4, 4, 2, 0] with wins in both positions
        Assert.Equal([4, 4, 2, 0], r.Trace.Expansions[0].Candidates.Select(c => c.Score));
    }

    [Fact]
    public async Task A_position_biased_judge_ties_everything_in_both_orders_but_not_in_one_order()
    {
        // Given: a judge that always answers A
        var alwaysA = new RuleJudge((_, _) => JudgeVerdict.A);
        var script = new[] { "p \\boxed{1}", "q", "r" };

        // When
        var both = await RunOne(new ScriptedPolicy(script, script), alwaysA, new SearchConfig { Width = 3, MaxExpansions = 2 });
        var one = await RunOne(new ScriptedPolicy(script), alwaysA, new SearchConfig { Width = 3, JudgeOrders = JudgeOrders.OneOrder });

        // Then: both orders cancel the bias (all tie); one order mirrors the first-met order (0 beats 1 beats 2)
        Assert.All(both.Trace.Expansions, e => Assert.Equal(ExpansionOutcome.Resampled, e.Outcome));
        Assert.Equal([4, 2, 0], one.Trace.Expansions[0].Candidates.Select(c => c.Score));
        Assert.Equal(3, one.Counters.JudgeCalls);
        Assert.Equal(12, both.Counters.JudgeCalls);
    }

    [Theory]
    [InlineData(new[] { "2 p", "2 p2", "1 q", "1 q2" }, 0, 2)]
    [InlineData(new[] { "1 q", "2 p", "1 q2", "2 p2" }, 1, 0)]
    [InlineData(new[] { "1 q", "3 r", "2 p", "3 r2" }, 1, 0)]
    public async Task Best_and_worst_ties_are_broken_by_the_lowest_candidate_index(string[] candidates, int chosen, int rejected)
    {
        // Given: candidates whose scores tie at the top and at the bottom
        var policy = new ScriptedPolicy(candidates);

        // When
        var r = await RunOne(policy, RuleJudge.ByRank(), new SearchConfig { Width = 4, MaxExpansions = 1 });

        // Then
        var e = r.Trace.Expansions.Single();
        Assert.Equal(chosen, e.ChosenIndex);
        Assert.Equal(rejected, e.RejectedIndex);
    }

    [Fact]
    public async Task A_both_wrong_verdict_gives_no_win_to_either_side()
    {
        // Given: good beats each bad candidate; the two bad candidates are judged "both wrong"
        var judge = new RuleJudge((a, b) => a.StartsWith("good", StringComparison.Ordinal) ? JudgeVerdict.A
            : b.StartsWith("good", StringComparison.Ordinal) ? JudgeVerdict.B : JudgeVerdict.BothWrong);
        var policy = new ScriptedPolicy(["bad1", "good \\boxed{1}", "bad2"]);

        // When
        var r = await RunOne(policy, judge, new SearchConfig { Width = 3 });

        // Then
        Assert.Equal([0, 4, 0], r.Trace.Expansions[0].Candidates.Select(c => c.Score));
        Assert.Equal(2, r.Counters.BothWrongVerdicts);
        Assert.Equal(("good \\boxed{1}", "bad1"), (r.Pairs[0].Chosen, r.Pairs[0].Rejected));
    }

    [Fact]
    public async Task Unparsed_verdicts_are_counted_and_score_nothing()
    {
        // Given: a judge whose output never parses
        var policy = new ScriptedPolicy(["a", "b"], ["c \\boxed{1}", "d \\boxed{1}"]);

        // When
        var r = await RunOne(policy, new RuleJudge((_, _) => JudgeVerdict.Unparsed), new SearchConfig { Width = 2, MaxExpansions = 2 });

        // Then: every expansion ties (nothing to roll back at the first step)
        Assert.Equal(4, r.Counters.UnparsedVerdicts);
        Assert.Equal([ExpansionOutcome.Resampled, ExpansionOutcome.Resampled], Outcomes(r));
    }

    [Theory]
    [InlineData(true, PairDecision.DroppedSelfJudged, 0)]
    [InlineData(false, PairDecision.Kept, 1)]
    public async Task The_self_judged_filter_drops_a_pair_whose_chosen_step_the_judge_calls_wrong(
        bool filter, PairDecision decision, int pairs)
    {
        // Given: the judge prefers "2 x" but labels every candidate starting with "2" wrong
        var judge = RuleJudge.ByRank(t => t.StartsWith('2') ? StepCorrectness.Wrong : StepCorrectness.Correct);
        var policy = new ScriptedPolicy(["1 y", "2 x \\boxed{5}"]);

        // When
        var r = await RunOne(policy, judge, new SearchConfig { Width = 2, SelfJudgedFilter = filter });

        // Then: the path still continues with the best candidate
        var e = r.Trace.Expansions.Single();
        Assert.Equal(decision, e.Pair);
        Assert.Equal(StepCorrectness.Wrong, e.Candidates[1].SelfLabel);
        Assert.Equal(["2 x \\boxed{5}"], r.Steps);
        Assert.Equal(pairs, r.Pairs.Count);
        Assert.Equal(filter ? 1 : 0, r.Counters.PairsDroppedSelfJudged);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 0)]
    public async Task Pairs_below_the_score_margin_are_dropped(int margin, int pairs)
    {
        // Given: scores [2, 2, 0]: margin between best and worst is 2
        var policy = new ScriptedPolicy(["2 a \\boxed{1}", "2 b", "1 c"]);

        // When
        var r = await RunOne(policy, RuleJudge.ByRank(), new SearchConfig { Width = 3, MinScoreMargin = margin });

        // Then
        Assert.Equal([2, 2, 0], r.Trace.Expansions[0].Candidates.Select(c => c.Score));
        Assert.Equal(pairs, r.Pairs.Count);
        Assert.Equal(1 - pairs, r.Counters.PairsDroppedMargin);
    }

    [Theory]
    [InlineData("3 a \\boxed{1}", "2 b", false, PairDecision.Kept)]
    [InlineData("3 a \\boxed{1}", "2 b", true, PairDecision.DroppedLabelDissent)]
    [InlineData("1 c", "2 b", true, PairDecision.DroppedLabelDissent)]
    [InlineData("", "", true, PairDecision.Kept)]
    public async Task Unanimous_labels_drop_a_pair_when_one_call_dissents_from_the_majority(
        string dissenter, string opponent, bool unanimous, PairDecision decision)
    {
        // Given: scores [4, 2, 0]; the judge labels by rank (3 right, 1 wrong) except in the one call where it meets
        // the dissenter (chosen "3 a" or rejected "1 c") in position A against the opponent; "" = a judge with no labels
        var judge = new DissentingJudge(dissenter, opponent, labelled: dissenter.Length > 0);
        var policy = new ScriptedPolicy(["3 a \\boxed{1}", "2 b", "1 c"]);

        // When
        var r = await RunOne(policy, judge, new SearchConfig { Width = 3, UnanimousLabels = unanimous });

        // Then: the majority label still says right / wrong, so only unanimity drops the pair; the path is unchanged
        var e = r.Trace.Expansions.Single();
        Assert.Equal([4, 2, 0], e.Candidates.Select(c => c.Score));
        Assert.Equal(decision, e.Pair);
        Assert.Equal(["3 a \\boxed{1}"], r.Steps);
        Assert.Equal(decision == PairDecision.Kept ? 1 : 0, r.Pairs.Count);
        Assert.Equal(decision == PairDecision.Kept ? 0 : 1, r.Counters.PairsDroppedLabelDissent);
        if (dissenter.Length > 0)
            Assert.Equal([StepCorrectness.Correct, StepCorrectness.Unknown, StepCorrectness.Wrong], e.Candidates.Select(c => c.SelfLabel));
    }

    /// <summary>Prefers the higher rank; labels rank 3 right and rank 1 wrong, flipped in the dissenting call.</summary>
    private sealed class DissentingJudge(string dissenter, string opponent, bool labelled) : IStepJudge
    {
        public Task<IReadOnlyList<StepJudgment>> JudgeAsync(IReadOnlyList<StepComparison> comparisons, CancellationToken cancellationToken)
        {
            IReadOnlyList<StepJudgment> result = comparisons.Select(c =>
            {
                var flip = c.CandidateA == dissenter && c.CandidateB == opponent;
                return new StepJudgment(RuleJudge.RankVerdict(c.CandidateA, c.CandidateB), Label(c.CandidateA, flip), Label(c.CandidateB, false), "");
            }).ToList();
            return Task.FromResult(result);
        }

        private StepCorrectness Label(string text, bool flip) => !labelled ? StepCorrectness.Unknown : RuleJudge.Rank(text) switch
        {
            3 => flip ? StepCorrectness.Wrong : StepCorrectness.Correct,
            1 => flip ? StepCorrectness.Correct : StepCorrectness.Wrong,
            _ => StepCorrectness.Unknown,
        };
    }
}
