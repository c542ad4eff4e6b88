using System.Text.Json;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.Stages;
using Psr.Pipeline.Tests.Fakes;
using Psr.Roles;
using static Psr.Pipeline.Tests.Search.SearchHarness;

namespace Psr.Pipeline.Tests.Search;

public sealed class StepSearchRetrySelfWrongTests
{
    private static readonly Dictionary<string, string> Question = new() { ["q"] = "What is 2+2?" };

    // Higher rank wins every comparison; "slip" wins its set but the judge labels it wrong, as it does every rank-1 step.
    private static StepCorrectness Label(string text) =>
        text.Contains("slip", StringComparison.Ordinal) || RuleJudge.Rank(text) < 2 ? StepCorrectness.Wrong : StepCorrectness.Correct;

    private static ScriptedPolicy SlipAtStepTwo() =>
        new(["2 good1", "1 bad1"], ["2 slip", "1 bad2"], ["2 good2", "1 bad3"], ["2 \\boxed{4}", "1 bad4"]);

    [Fact]
    public async Task By_default_a_step_the_judge_labels_wrong_still_continues_the_path_without_its_pair()
    {
        // Given: step 2's winner is labelled wrong by the judge itself
        // When
        var r = await RunOne(SlipAtStepTwo(), RuleJudge.ByRank(Label), new SearchConfig { Width = 2 });

        // Then: the path goes on through the slip, so it is finished but no self-verified solution
        Assert.Equal(["2 good1", "2 slip", "2 good2", "2 \\boxed{4}"], r.Steps);
        Assert.Equal(1, r.Counters.PairsDroppedSelfJudged);
        Assert.Equal(0, r.Counters.SelfWrongRetries);
        Assert.Empty(OwnPathExamples.FromSearch([r], Question));
    }

    [Fact]
    public async Task With_retrySelfWrong_that_step_is_retried_as_an_all_tie_is_and_the_path_is_self_verified()
    {
        // Given / When
        var r = await RunOne(SlipAtStepTwo(), RuleJudge.ByRank(Label), new SearchConfig { Width = 2, RetrySelfWrong = true });

        // Then: the slip's expansion rolls step 1 back; the rebuilt path has no step its judge called wrong
        Assert.Equal([ExpansionOutcome.Accepted, ExpansionOutcome.RolledBack, ExpansionOutcome.Accepted, ExpansionOutcome.Accepted], Outcomes(r));
        Assert.Equal(["2 good2", "2 \\boxed{4}"], r.Steps);
        Assert.Equal([2, 3], r.Trace.PathExpansions);
        Assert.Equal((1, 1, 0, 0), (r.Counters.SelfWrongRetries, r.Counters.Rollbacks, r.Counters.AllTieExpansions, r.Counters.PairsDroppedSelfJudged));
        Assert.Null(r.Trace.Expansions[1].ChosenIndex);
        Assert.Equal([("2 good2", "1 bad3"), ("2 \\boxed{4}", "1 bad4")], r.Pairs.Select(p => (p.Chosen, p.Rejected)));
        Assert.Single(OwnPathExamples.FromSearch([r], Question));
    }

    [Fact]
    public async Task An_identical_step_labelled_wrong_is_resampled_at_the_first_step()
    {
        // Given: both candidates of the first step are the same slip, judged once against itself
        var policy = new ScriptedPolicy(["2 slip", "2 slip"], ["2 good1", "1 bad1"], ["2 \\boxed{4}", "1 bad2"]);
        var config = new SearchConfig { Width = 2, JudgeIdentical = true, RetrySelfWrong = true };

        // When
        var r = await RunOne(policy, RuleJudge.ByRank(Label), config);

        // Then: nothing of the slip stays on the path, and a final step ends the search as usual
        Assert.Equal([ExpansionOutcome.Resampled, ExpansionOutcome.Accepted, ExpansionOutcome.Accepted], Outcomes(r));
        Assert.Equal(["2 good1", "2 \\boxed{4}"], r.Steps);
        Assert.Equal(SearchStatus.Finished, r.Status);
        Assert.Equal((1, 1, 1), (r.Counters.SelfWrongRetries, r.Counters.Resamples, r.Counters.IdenticalExpansions));
        Assert.Single(OwnPathExamples.FromSearch([r], Question));
    }

    [Fact]
    public async Task A_final_step_labelled_wrong_does_not_finish_the_search()
    {
        // Given: the first answer the policy offers is labelled wrong, the second right
        var policy = new ScriptedPolicy(["2 slip \\boxed{5}", "1 bad"], ["2 \\boxed{4}", "1 bad"]);

        // When
        var r = await RunOne(policy, RuleJudge.ByRank(Label), new SearchConfig { Width = 2, RetrySelfWrong = true });

        // Then
        Assert.Equal(["2 \\boxed{4}"], r.Steps);
        Assert.False(r.Trace.Expansions[0].PathFinished);
        Assert.Equal(SearchStatus.Finished, r.Status);
    }

    [Fact]
    public async Task Steps_without_a_label_are_accepted_as_before()
    {
        // Given: a judge format without labels
        var r = await RunOne(SlipAtStepTwo(), RuleJudge.ByRank(), new SearchConfig { Width = 2, RetrySelfWrong = true });

        // Then
        Assert.Equal(4, r.Steps.Count);
        Assert.Equal(0, r.Counters.SelfWrongRetries);
    }

    [Fact]
    public void RetrySelfWrong_is_left_out_of_configuration_hashes_and_counters_when_off()
    {
        // Given / When / Then: off is not serialised (earlier runs' hashes and results hold); on is
        Assert.DoesNotContain("retrySelfWrong", JsonSerializer.Serialize(new SearchConfig(), ArtifactJson.Compact), StringComparison.Ordinal);
        Assert.Contains("\"retrySelfWrong\":true", JsonSerializer.Serialize(new SearchConfig { RetrySelfWrong = true }, ArtifactJson.Compact), StringComparison.Ordinal);
        Assert.DoesNotContain("selfWrongRetries", JsonSerializer.Serialize(new SearchCounters(), ArtifactJson.Compact), StringComparison.Ordinal);
    }
}
