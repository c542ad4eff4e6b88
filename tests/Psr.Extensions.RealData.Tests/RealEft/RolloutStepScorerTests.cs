using Psr.Extensions.RealData.RealEft;
using Psr.Roles;
using Psr.Extensions.RealData.Tests.Fakes;

namespace Psr.Extensions.RealData.Tests.RealEft;

public sealed class RolloutStepScorerTests
{
    private static StepScoreRequest Request(string step, CandidateEnd end = CandidateEnd.StepBoundary, string id = "q") =>
        new(id, "Tom has 2 apples and gets 2 more. How many?", ["Tom starts with 2."], step, end, "4", 5);

    private static RolloutStepScorer Scorer(IStepPolicy policy, int k = 4, int maxSteps = 3) =>
        new(policy, new RolloutSettings(k, 0.7, 0.95, 64, maxSteps), new GradedAnswerCheck());

    [Theory]
    [InlineData(4, 4, 1.0)]
    [InlineData(4, 3, 0.75)]
    [InlineData(4, 0, 0.0)]
    [InlineData(8, 2, 0.25)]
    public async Task The_score_is_the_fraction_of_rollouts_that_reach_the_gold_answer(int k, int right, double expected)
    {
        // Given a policy whose first `right` of k completions end with the gold answer 4 and the rest with 5
        var policy = new FuncPolicy((_, i) => FuncPolicy.Last(i < right ? "So the answer is 4." : "So the answer is 5."));

        // When a step is scored with k rollouts
        var score = (await Scorer(policy, k).ScoreAsync([Request("He gets 2 more.")], default))[0];

        // Then the score is right / k, from one request of width k
        Assert.Equal(expected, score, 1e-12);
        Assert.Equal(1, policy.Calls);
        Assert.Equal(k, policy.Seen[0].Width);
    }

    [Fact]
    public async Task Rollouts_continue_step_by_step_one_request_per_open_rollout_and_an_unfinished_rollout_counts_as_wrong()
    {
        // Given a policy whose rollout 0 ends at its second step with the gold answer, rollout 1 with a wrong one,
        // and rollouts 2 and 3 never end
        var policy = new FuncPolicy((p, i) => p.PreviousSteps.Count switch
        {
            2 => FuncPolicy.Step($"r{i}: 2+2"),
            _ when p.PreviousSteps[2].StartsWith("r0", StringComparison.Ordinal) => FuncPolicy.Last("#### 4"),
            _ when p.PreviousSteps[2].StartsWith("r1", StringComparison.Ordinal) => FuncPolicy.Last("#### 5"),
            _ => FuncPolicy.Step("thinking"),
        });

        // When the step is scored with rollouts of at most 3 steps
        var score = (await Scorer(policy, 4, maxSteps: 3).ScoreAsync([Request("He gets 2 more.")], default))[0];

        // Then one of four rollouts is right, later calls carry one prefix of width 1 per open rollout
        Assert.Equal(0.25, score, 1e-12);
        Assert.Equal(3, policy.Calls);
        Assert.Equal(1 + 4 + 2, policy.Seen.Count);
        Assert.All(policy.Seen.Skip(1), s => Assert.Equal(1, s.Width));
    }

    [Theory]
    [InlineData("The answer is 4.", 1.0)]
    [InlineData("The answer is 3.", 0.0)]
    public async Task A_step_that_ends_the_solution_is_graded_as_it_stands_without_rollouts(string step, double expected)
    {
        // Given a final step
        var policy = new FuncPolicy((_, _) => throw new InvalidOperationException("no rollout expected"));

        // When it is scored
        var score = (await Scorer(policy).ScoreAsync([Request(step, CandidateEnd.EndOfSequence)], default))[0];

        // Then its own answer decides and the policy is not called
        Assert.Equal(expected, score);
        Assert.Equal(0, policy.Calls);
    }

    [Fact]
    public async Task Many_steps_are_scored_in_one_batch_and_each_score_depends_only_on_its_own_step()
    {
        // Given a policy that completes "good" steps with 4 and others with 5
        var policy = new FuncPolicy((p, _) => FuncPolicy.Last(p.PreviousSteps[^1].Contains("good", StringComparison.Ordinal) ? "#### 4" : "#### 5"));

        // When three steps are scored together
        var scores = await Scorer(policy).ScoreAsync([Request("good", id: "a"), Request("bad", id: "b"), Request("good", id: "c")], default);

        // Then one request carries all three and the scores follow each step
        Assert.Equal([1.0, 0.0, 1.0], scores);
        Assert.Equal(1, policy.Calls);
    }
}
