using Psr.Pipeline.Metrics;
using Psr.Roles;
using Psr.Pipeline.Search;
using Psr.Reports.Viewer;

namespace Psr.Reports.Tests;

public sealed class ViewerTracesTests
{
    /// <summary>Correct when the step starts with "ok"; remembers the prefixes it was asked about.</summary>
    private sealed class PrefixOracle : IStepOracle
    {
        public List<string> Prefixes { get; } = [];

        public StepCorrectness Label(string question, IReadOnlyList<string> previousSteps, string step)
        {
            Prefixes.Add(string.Join("|", previousSteps));
            return step.StartsWith("ok", StringComparison.Ordinal) ? StepCorrectness.Correct : StepCorrectness.Wrong;
        }
    }

    private static ExpansionTrace Expansion(int index, int stepIndex, ExpansionOutcome outcome, int? chosen, params string[] texts) =>
        new(index, stepIndex, 7, texts.Select((t, i) => new CandidateTrace(t, CandidateEnd.StepBoundary, false, i, chosen == i ? 1 : 0, StepCorrectness.Unknown)).ToList(),
            [new ComparisonTrace(0, 1, JudgeVerdict.A, StepCorrectness.Correct, StepCorrectness.Wrong, "[[A]] because", ComparisonSource.Judged),
             new ComparisonTrace(1, 0, JudgeVerdict.B, StepCorrectness.Wrong, StepCorrectness.Correct, "[[B]]", ComparisonSource.Judged)],
            outcome, chosen, chosen is null ? null : 1 - chosen, chosen is null ? PairDecision.None : PairDecision.Kept, false);

    [Fact]
    public void A_rolled_back_step_leaves_the_path_and_every_candidate_is_labelled_after_its_own_prefix()
    {
        // Given: accept "ok a", tie → roll it back, accept "ok b" from the empty prefix again, then accept "bad c" after it
        var trace = new QuestionTrace(
            [Expansion(0, 0, ExpansionOutcome.Accepted, 0, "ok a", "bad a"), Expansion(1, 1, ExpansionOutcome.RolledBack, null, "x", "y"),
             Expansion(2, 0, ExpansionOutcome.Accepted, 1, "bad b", "ok b"), Expansion(3, 1, ExpansionOutcome.Accepted, 0, "bad c", "ok c")],
            [2, 3]);
        var result = new QuestionSearchResult("q1", SearchStatus.Finished, ["ok b", "bad c"], [], new SearchCounters(), trace);
        var oracle = new PrefixOracle();

        // When
        var view = ViewerTraces.Question("M2", result, "1+1=?", oracle);

        // Then prefixes are replayed, only the surviving expansions are on the path, labels come from the oracle
        Assert.Equal(["", "ok a", "", "ok b"], view.Expansions.Select(e => string.Join("|", e.Prefix)));
        Assert.Equal([false, false, true, true], view.Expansions.Select(e => e.OnPath));
        Assert.Equal([StepCorrectness.Wrong, StepCorrectness.Correct], view.Expansions[2].Candidates.Select(c => c.Oracle));
        Assert.Equal(["", "", "ok a", "ok a", "", "", "ok b", "ok b"], oracle.Prefixes);
        Assert.Equal("[[A]] because", view.Expansions[0].Comparisons[0].Raw);
        Assert.Equal(ExpansionOutcome.RolledBack, view.Expansions[1].Outcome);
    }

    [Fact]
    public void Without_an_oracle_candidates_carry_no_oracle_label()
    {
        // Given
        var trace = new QuestionTrace([Expansion(0, 0, ExpansionOutcome.Accepted, 0, "ok a", "bad a")], [0]);
        var result = new QuestionSearchResult("q1", SearchStatus.Finished, ["ok a"], [], new SearchCounters(), trace);

        // When
        var view = ViewerTraces.Question("M2", result, "q", oracle: null);

        // Then
        Assert.All(view.Expansions[0].Candidates, c => Assert.Null(c.Oracle));
    }
}
