using System.Text.Json;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.Stages;
using Psr.Pipeline.Tests.Fakes;
using Psr.Roles;
using static Psr.Pipeline.Tests.Search.SearchHarness;

namespace Psr.Pipeline.Tests.Search;

public sealed class StepSearchRollbackTests
{
    [Fact]
    public async Task An_all_tie_expansion_drops_the_previous_step_and_its_pair()
    {
        // Given: step 1 is decided (good1 > bad1), then step 2's candidates all tie, then the path is rebuilt
        var policy = new ScriptedPolicy(["2 good1", "1 bad1"], ["x", "y"], ["2 good2", "1 bad2"], ["2 \\boxed{4}", "1 bad3"]);

        // When
        var r = await RunOne(policy, RuleJudge.ByRank(), new SearchConfig { Width = 2 });

        // Then: the first pair is gone, the path is good2 → answer, the trace shows the rollback
        Assert.Equal(SearchStatus.Finished, r.Status);
        Assert.Equal(["2 good2", "2 \\boxed{4}"], r.Steps);
        Assert.Equal([("2 good2", "1 bad2"), ("2 \\boxed{4}", "1 bad3")], r.Pairs.Select(p => (p.Chosen, p.Rejected)));
        Assert.Equal(["2 good2"], r.Pairs[1].PreviousSteps);
        Assert.Equal([ExpansionOutcome.Accepted, ExpansionOutcome.RolledBack, ExpansionOutcome.Accepted, ExpansionOutcome.Accepted], Outcomes(r));
        Assert.Equal(1, r.Trace.Expansions[1].StepIndex);
        Assert.Equal([2, 3], r.Trace.PathExpansions);
        Assert.Equal(1, r.Counters.Rollbacks);
        Assert.Equal(1, r.Counters.AllTieExpansions);
    }

    [Fact]
    public async Task An_all_tie_at_the_first_step_resamples_it()
    {
        // Given: the first expansion ties
        var policy = new ScriptedPolicy(["x", "y"], ["2 \\boxed{4}", "1 bad"]);

        // When
        var r = await RunOne(policy, RuleJudge.ByRank(), new SearchConfig { Width = 2 });

        // Then
        Assert.Equal([ExpansionOutcome.Resampled, ExpansionOutcome.Accepted], Outcomes(r));
        Assert.Equal(0, r.Counters.Rollbacks);
        Assert.Equal(1, r.Counters.Resamples);
        Assert.Single(r.Pairs);
        Assert.Empty(r.Pairs[0].PreviousSteps);
    }

    [Theory]
    [InlineData(AllTieAction.Resample, ExpansionOutcome.Resampled, new[] { "2 good1", "2 \\boxed{4}" }, 2)]
    [InlineData(AllTieAction.AcceptWithoutPair, ExpansionOutcome.AcceptedAllTie, new[] { "2 good1", "x", "2 \\boxed{4}" }, 2)]
    [InlineData(AllTieAction.RollBack, ExpansionOutcome.RolledBack, new[] { "2 \\boxed{4}" }, 1)]
    public async Task The_all_tie_action_is_an_ablation_option(AllTieAction action, ExpansionOutcome second, string[] path, int pairs)
    {
        // Given: a decided step, then a tie, then a final step
        var policy = new ScriptedPolicy(["2 good1", "1 bad1"], ["x", "y"], ["2 \\boxed{4}", "1 bad3"]);

        // When
        var r = await RunOne(policy, RuleJudge.ByRank(), new SearchConfig { Width = 2, AllTie = action });

        // Then
        Assert.Equal(second, r.Trace.Expansions[1].Outcome);
        Assert.Equal(path, r.Steps);
        Assert.Equal(pairs, r.Pairs.Count);
    }

    [Fact]
    public async Task Identical_candidates_are_accepted_without_a_pair_or_a_judge_call()
    {
        // Given: all candidates of step 1 are the same text
        var policy = new ScriptedPolicy(["same", "same", "same"], ["2 \\boxed{4}", "1 bad", "1 bad"]);
        var judge = RuleJudge.ByRank();

        // When
        var r = await RunOne(policy, judge, new SearchConfig { Width = 3 });

        // Then: no rollback loop, one pair from the second step only, judge called only for the second step
        Assert.Equal([ExpansionOutcome.AcceptedIdentical, ExpansionOutcome.Accepted], Outcomes(r));
        Assert.Equal(["same", "2 \\boxed{4}"], r.Steps);
        Assert.Single(r.Pairs);
        Assert.Equal(1, r.Counters.IdenticalExpansions);
        Assert.Empty(r.Trace.Expansions[0].Comparisons);
        Assert.Equal(2, r.Counters.JudgeCalls);
        Assert.All(judge.Seen, c => Assert.Equal(["same"], c.PreviousSteps));
    }

    [Theory]
    [InlineData(StepCorrectness.Wrong, 0)]
    [InlineData(StepCorrectness.Correct, 1)]
    public async Task With_judgeIdentical_an_identical_step_is_judged_once_against_itself_for_its_label(StepCorrectness sameLabel, int ownPaths)
    {
        // Given: all candidates of step 1 are the same text, which the judge labels sameLabel
        var policy = new ScriptedPolicy(["same", "same", "same"], ["2 \\boxed{4}", "1 bad", "1 bad"]);
        var judge = RuleJudge.ByRank(t => t == "same" ? sameLabel : RuleJudge.Rank(t) == 2 ? StepCorrectness.Correct : StepCorrectness.Wrong);

        // When
        var r = await RunOne(policy, judge, new SearchConfig { Width = 3, JudgeIdentical = true });

        // Then: the step is still accepted with no pair; one self-comparison was judged, and its label is every candidate's
        Assert.Equal([ExpansionOutcome.AcceptedIdentical, ExpansionOutcome.Accepted], Outcomes(r));
        Assert.Equal(["same", "2 \\boxed{4}"], r.Steps);
        Assert.Single(r.Pairs);
        Assert.Equal(3, r.Counters.JudgeCalls);
        Assert.Equal(("same", "same"), (judge.Seen[0].CandidateA, judge.Seen[0].CandidateB));
        Assert.Empty(judge.Seen[0].PreviousSteps);
        var self = Assert.Single(r.Trace.Expansions[0].Comparisons);
        Assert.Equal((0, 0, ComparisonSource.Judged), (self.A, self.B, self.Source));
        Assert.All(r.Trace.Expansions[0].Candidates, c => Assert.Equal(sameLabel, c.SelfLabel));
        // A path with a step its own judge called wrong is no longer a self-verified solution
        Assert.Equal(ownPaths, OwnPathExamples.FromSearch([r], new Dictionary<string, string> { ["q"] = "What is 2+2?" }).Count);
    }

    [Fact]
    public void JudgeIdentical_is_left_out_of_configuration_hashes_when_off()
    {
        // Given / When / Then: off is not serialised (earlier runs' hashes hold); on is
        Assert.DoesNotContain("judgeIdentical", JsonSerializer.Serialize(new SearchConfig(), ArtifactJson.Compact), StringComparison.Ordinal);
        Assert.Contains("\"judgeIdentical\":true", JsonSerializer.Serialize(new SearchConfig { JudgeIdentical = true }, ArtifactJson.Compact), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_that_runs_out_of_expansions_yields_no_pairs()
    {
        // Given: the policy never finishes
        var never = Enumerable.Repeat(new[] { "2 good", "1 bad" }, 3).ToArray();

        // When
        var r = await RunOne(new ScriptedPolicy(never), RuleJudge.ByRank(), new SearchConfig { Width = 2, MaxExpansions = 3 });

        // Then: three accepted steps with kept pairs in the trace, but none in the output
        Assert.Equal(SearchStatus.Unfinished, r.Status);
        Assert.Empty(r.Pairs);
        Assert.Equal(3, r.Counters.Expansions);
        Assert.Equal(1, r.Counters.Unfinished);
        Assert.All(r.Trace.Expansions, e => Assert.Equal(PairDecision.Kept, e.Pair));
    }

    [Fact]
    public async Task A_candidate_ending_with_eos_finishes_the_path()
    {
        // Given: the winning candidate has no answer marker but ends with EOS ("$" in the script)
        var policy = new ScriptedPolicy(["2 done$", "1 bad"]);

        // When
        var r = await RunOne(policy, RuleJudge.ByRank(), new SearchConfig { Width = 2 });

        // Then
        Assert.Equal(SearchStatus.Finished, r.Status);
        Assert.True(r.Pairs.Single().ChosenFinal);
        Assert.False(r.Pairs.Single().RejectedFinal);
        Assert.True(r.Trace.Expansions[0].PathFinished);
    }
}
