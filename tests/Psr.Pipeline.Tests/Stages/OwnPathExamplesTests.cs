using Psr.Pipeline.Outcome;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.Search;
using Psr.Pipeline.Stages;
using Psr.Roles;
using Psr.Training.Dpo;

namespace Psr.Pipeline.Tests.Stages;

public sealed class OwnPathExamplesTests
{
    private static readonly Dictionary<string, string> Questions = new(StringComparer.Ordinal) { ["q1"] = "2+3*4=?", ["q2"] = "5*6-7=?", ["q3"] = "1+1=?" };

    /// <summary>One accepted expansion whose chosen candidate carries <paramref name="chosenLabel"/>.</summary>
    private static ExpansionTrace Accepted(int index, int stepIndex, StepCorrectness chosenLabel, ExpansionOutcome outcome = ExpansionOutcome.Accepted) =>
        new(index, stepIndex, 7,
            [new CandidateTrace("a", CandidateEnd.StepBoundary, false, 0, 1, chosenLabel), new CandidateTrace("b", CandidateEnd.StepBoundary, false, 1, 0, StepCorrectness.Wrong)],
            [], outcome, 0, 1, PairDecision.Kept, false);

    private static QuestionSearchResult Result(string id, SearchStatus status, string[] steps, params ExpansionTrace[] expansions) =>
        new(id, status, steps, [], new SearchCounters(), new QuestionTrace(expansions, [.. Enumerable.Range(0, expansions.Length)]));

    [Fact]
    public void Only_finished_paths_without_a_self_rejected_step_become_examples_of_question_and_whole_path()
    {
        // Given a vouched-for path (one step unjudged: all candidates identical), a path with a step its judge labelled
        // wrong, and an unfinished path
        var results = new[]
        {
            Result("q1", SearchStatus.Finished, ["Step 1: 3*4=12", "Step 2: 2+12=14 \\boxed{14}"],
                Accepted(0, 0, StepCorrectness.Correct), Accepted(1, 1, StepCorrectness.Unknown, ExpansionOutcome.AcceptedIdentical)),
            Result("q2", SearchStatus.Finished, ["Step 1: 5*6=31", "Step 2: 31-7=24 \\boxed{24}"],
                Accepted(0, 0, StepCorrectness.Wrong), Accepted(1, 1, StepCorrectness.Correct)),
            Result("q3", SearchStatus.Unfinished, ["Step 1: 1+1=2"], Accepted(0, 0, StepCorrectness.Correct)),
        };

        // When
        var examples = OwnPathExamples.FromSearch(results, Questions);

        // Then only q1's path is kept, as the policy's prompt and the steps joined as IFT solutions are
        var example = Assert.Single(examples);
        Assert.Equal(PolicyPrompt.Format("2+3*4=?", []), example.Prompt);
        Assert.Equal("Step 1: 3*4=12\nStep 2: 2+12=14 \\boxed{14}", example.Response);
    }

    [Fact]
    public void Every_step_right_drops_paths_with_a_disputed_judged_step_but_keeps_unanimously_right_and_identical_ones()
    {
        // Given three finished paths: every judged step right; one judged step whose comparisons disagreed (unknown);
        // a step of identical candidates whose self-comparison disagreed (unknown), the other right
        var results = new[]
        {
            Result("q1", SearchStatus.Finished, ["Step 1: 3*4=12", "Step 2: 2+12=14 \\boxed{14}"],
                Accepted(0, 0, StepCorrectness.Correct), Accepted(1, 1, StepCorrectness.Correct)),
            Result("q2", SearchStatus.Finished, ["Step 1: 5*6=31", "Step 2: 31-7=24 \\boxed{24}"],
                Accepted(0, 0, StepCorrectness.Unknown), Accepted(1, 1, StepCorrectness.Correct)),
            Result("q3", SearchStatus.Finished, ["Step 1: 1+1=2 \\boxed{2}"], Accepted(0, 0, StepCorrectness.Unknown, ExpansionOutcome.AcceptedIdentical)),
        };

        // When both rules pick the self-verified paths
        var notWrong = OwnPathExamples.FromSearch(results, Questions, OwnPathRule.NoStepWrong);
        var right = OwnPathExamples.FromSearch(results, Questions, OwnPathRule.EveryStepRight);

        // Then the default keeps all three, the strict rule drops only the path with the disputed judged step
        Assert.Equal(3, notWrong.Count);
        Assert.Equal([PolicyPrompt.Format("2+3*4=?", []), PolicyPrompt.Format("1+1=?", [])], right.Select(e => e.Prompt));
    }

    [Fact]
    public void The_rule_is_a_dpo_key_whose_default_leaves_the_round_hash_unchanged()
    {
        var plain = Psr.Pipeline.Config.RunPresets.Default;
        var strict = Psr.Pipeline.Config.RunConfigLoader.Load("default", overrides: ["dpo.ownPaths=EveryStepRight"]);
        Assert.Equal(OwnPathRule.EveryStepRight, strict.Dpo.OwnPaths);
        Assert.DoesNotContain("ownPaths", Psr.Pipeline.Config.RunConfigFile.Canonical(plain), StringComparison.Ordinal);
        Assert.NotEqual(new DpoStage(plain, 0, InitStage.ModelArtifacts).ConfigHash, new DpoStage(strict, 0, InitStage.ModelArtifacts).ConfigHash);
        var e = Assert.Throws<Psr.Core.Errors.ConfigException>(() => Psr.Pipeline.Config.RunConfigLoader.Load("default", overrides: ["dpo.ownPaths=Sometimes"]));
        Assert.Contains("dpo.ownPaths", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rolled_back_wrong_step_does_not_disqualify_the_path_that_replaced_it()
    {
        // Given: a step labelled wrong was accepted, then rolled back; the path is expansions 2 and 3
        var trace = new QuestionTrace([Accepted(0, 0, StepCorrectness.Wrong), Accepted(1, 1, StepCorrectness.Unknown, ExpansionOutcome.RolledBack) with { ChosenIndex = null },
            Accepted(2, 0, StepCorrectness.Correct), Accepted(3, 1, StepCorrectness.Correct)], [2, 3]);
        var result = new QuestionSearchResult("q1", SearchStatus.Finished, ["Step 1: 3*4=12", "Step 2: 2+12=14 \\boxed{14}"], [], new SearchCounters(), trace);

        // When / Then
        Assert.Single(OwnPathExamples.FromSearch([result], Questions));
    }

    [Fact]
    public void The_outcome_baseline_replays_the_best_solution_only_when_its_judge_gave_full_marks_and_it_ended()
    {
        static ScoredSolution Solution(string text, double? mean, CandidateEnd end = CandidateEnd.EndOfSequence) => new(text, end, [], [mean], mean);
        var results = new[]
        {
            new OutcomeResult("q1", "2+3*4=?", [Solution("right", 5), Solution("wrong", 2)], OutcomeDecision.Kept, 0, 1, null),
            new OutcomeResult("q2", "5*6-7=?", [Solution("so-so", 4.5), Solution("bad", 1)], OutcomeDecision.Kept, 0, 1, null),
            new OutcomeResult("q3", "1+1=?", [Solution("cut", 5, CandidateEnd.TokenLimit), Solution("x", 5, CandidateEnd.TokenLimit)], OutcomeDecision.DroppedTie, 0, 1, null),
            new OutcomeResult("q4", "9-1=?", [Solution("tied", 5), Solution("tied too", 5)], OutcomeDecision.DroppedTie, 0, 1, null),
            new OutcomeResult("q5", "9-2=?", [Solution("u", null), Solution("v", null)], OutcomeDecision.DroppedUnscored, null, null, null),
        };

        // When
        var examples = OwnPathExamples.FromOutcome(results);

        // Then full marks count even when the question's pair was dropped as a tie; 4.5, a cut solution and no score do not
        Assert.Equal(["right", "tied"], examples.Select(e => e.Response));
        Assert.Equal(PolicyPrompt.Format("9-1=?", []), examples[1].Prompt);
    }
}
