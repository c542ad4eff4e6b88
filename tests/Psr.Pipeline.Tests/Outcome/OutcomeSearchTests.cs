using Psr.Pipeline.Config;
using Psr.Pipeline.Outcome;
using Psr.Roles;
using Psr.Pipeline.Search;

namespace Psr.Pipeline.Tests.Outcome;

public sealed class OutcomeSearchTests
{
    [Theory]
    [InlineData(new[] { 4.0, 2.0, 5.0, 1.0 }, 0.0, OutcomeDecision.Kept, 2, 3)]
    [InlineData(new[] { 3.0, 3.0, 3.0, 3.0 }, 0.0, OutcomeDecision.DroppedTie, 0, 0)]
    [InlineData(new[] { 5.0, 1.0, 5.0, 1.0 }, 0.0, OutcomeDecision.Kept, 0, 1)]
    [InlineData(new[] { 3.0, 2.5, 3.0, 3.0 }, 1.0, OutcomeDecision.DroppedMargin, 0, 1)]
    [InlineData(new[] { 3.0, 2.0, -1.0, -1.0 }, 1.0, OutcomeDecision.Kept, 0, 1)]
    [InlineData(new[] { 3.0, -1.0, -1.0, -1.0 }, 0.0, OutcomeDecision.DroppedUnscored, 0, 0)]
    public void The_pair_is_highest_against_lowest_and_ties_are_dropped(double[] means, double margin, OutcomeDecision decision, int best, int worst)
    {
        // Given solutions with distinct texts; -1 stands for "no parsable score"
        var texts = means.Select((_, i) => $"s{i}").ToList();
        var m = means.Select(x => x < 0 ? (double?)null : x).ToList();

        // When
        var (d, b, w) = OutcomePairing.Decide(texts, m, margin);

        // Then
        Assert.Equal(decision, d);
        Assert.Equal(best, b ?? 0);
        Assert.Equal(worst, w ?? 0);
    }

    [Fact]
    public void Identical_highest_and_lowest_texts_make_no_pair()
    {
        // Given the same text scored differently by two judge samples
        var (d, _, _) = OutcomePairing.Decide(["a", "a"], [4.0, 2.0], 0);

        // Then
        Assert.Equal(OutcomeDecision.DroppedIdentical, d);
    }

    [Fact]
    public void The_mean_skips_unparsed_samples()
    {
        Assert.Equal(4.5, OutcomePairing.Mean([4.0, null, 5.0]));
        Assert.Null(OutcomePairing.Mean([null, null]));
    }

    [Fact]
    public async Task Each_solution_is_scored_by_averaging_its_judge_samples_and_pairs_follow()
    {
        // Given a policy with four solutions per question and a scorer whose samples depend on the solution
        var policy = new FixedSolutions(["good", "bad", "ok", "bad"]);
        var scorer = new TableScorer(new() { ["good"] = ["Score: 5", "Score: 4", "x"], ["ok"] = ["Score: 3", "Score: 3", "Score: 3"], ["bad"] = ["Score: 1", "Score: 2", "Score: 0"] });
        var search = new OutcomeSearch(policy, scorer, new OutcomeConfig { BatchSize = 2, MaxSolutionTokens = 16 });
        var questions = new[] { new SearchQuestion("q1", "1+1=?"), new SearchQuestion("q2", "2+2=?"), new SearchQuestion("q3", "3+3=?") };

        // When
        var results = new List<OutcomeResult>();
        await foreach (var batch in search.RunAsync(questions, 7, 2))
            results.AddRange(batch);

        // Then: batches of two, every question gets N=4 solutions × 3 samples, good (4.5) is chosen over bad (1.0)
        Assert.Equal([2, 1], policy.BatchSizes);
        Assert.Equal(["q1", "q2", "q3"], results.Select(r => r.QuestionId));
        Assert.All(results, r =>
        {
            Assert.Equal(OutcomeDecision.Kept, r.Decision);
            Assert.Equal(4.5, r.Candidates[0].Mean);
            Assert.Equal(1.0, r.Candidates[1].Mean);
            Assert.Equal(new SolutionPair(r.QuestionId, r.Question, "good", "bad", 4.5, 1.0), r.Pair);
        });
        // And the seeds are per question and per solution, so a question's result does not depend on its batch
        Assert.Equal(12, scorer.Seeds.Distinct().Count());
    }

    private sealed class FixedSolutions(string[] texts) : ISolutionPolicy
    {
        public List<int> BatchSizes { get; } = [];

        public Task<IReadOnlyList<IReadOnlyList<StepCandidate>>> SampleAsync(IReadOnlyList<SolutionRequest> requests, SolutionSampling sampling, CancellationToken cancellationToken)
        {
            BatchSizes.Add(requests.Count);
            Assert.Equal(4, sampling.Candidates);
            IReadOnlyList<IReadOnlyList<StepCandidate>> result = requests
                .Select(_ => (IReadOnlyList<StepCandidate>)texts.Select(t => new StepCandidate(t, CandidateEnd.EndOfSequence)).ToList()).ToList();
            return Task.FromResult(result);
        }
    }

    private sealed class TableScorer(Dictionary<string, string[]> outputs) : ISolutionScorer
    {
        public List<ulong> Seeds { get; } = [];

        public int Samples => 3;

        public Task<IReadOnlyList<IReadOnlyList<string>>> ScoreAsync(IReadOnlyList<ScoreRequest> requests, CancellationToken cancellationToken)
        {
            Seeds.AddRange(requests.Select(r => r.Seed));
            IReadOnlyList<IReadOnlyList<string>> result = requests.Select(r => (IReadOnlyList<string>)outputs[r.Solution]).ToList();
            return Task.FromResult(result);
        }
    }
}
