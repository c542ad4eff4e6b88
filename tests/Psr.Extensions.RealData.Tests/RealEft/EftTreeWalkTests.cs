using Psr.Extensions.RealData.RealEft;
using Psr.Roles;
using Psr.Extensions.RealData.Tests.Fakes;

namespace Psr.Extensions.RealData.Tests.RealEft;

public sealed class EftTreeWalkTests
{
    private static readonly EftProblem Problem = new("p1", "What is 2+2?", "4", ["2+2=4", "The answer is 4"]);

    private static TreeSettings Settings(int width = 4, int maxDepth = 1, double margin = 0.5) => new(width, 0.7, 0.95, 64, maxDepth, margin, 7);

    [Theory]
    [InlineData("s9,s1,s5,s5", 0.5, NodeOutcome.Pair, "s9", "s1")]
    [InlineData("s6,s3,s4,s5", 0.5, NodeOutcome.BelowMargin, null, null)]
    [InlineData("s7,s2,s7,s2", 0.5, NodeOutcome.Pair, "s7", "s2")]
    [InlineData("x4,y4,z4,w4", 0.1, NodeOutcome.BelowMargin, null, null)]
    [InlineData("s5,s5,s5,s5", 0.1, NodeOutcome.OneDistinctSibling, null, null)]
    [InlineData("a3,b8,c8,d3", 0.5, NodeOutcome.Pair, "b8", "a3")]
    public async Task A_node_pairs_its_best_and_worst_sibling_only_when_their_scores_differ_by_the_margin(
        string siblings, double margin, NodeOutcome outcome, string? best, string? worst)
    {
        // Given a policy sampling these siblings at the root and a PRM scoring a step by its digit / 10
        var texts = siblings.Split(',');
        var walk = new EftTreeWalk(new FuncPolicy((_, i) => FuncPolicy.Step(texts[i])), FuncScorer.ByDigit(), Settings(margin: margin));

        // When the tree is walked one level deep
        var tree = (await walk.WalkAsync([Problem], default))[0];

        // Then the node's outcome is as expected, and a pair holds the first-sampled best and worst siblings
        Assert.Equal(outcome, Assert.Single(tree.Nodes).Outcome);
        Assert.Equal(best, tree.Pairs.SingleOrDefault()?.Best.Text);
        Assert.Equal(worst, tree.Pairs.SingleOrDefault()?.Worst.Text);
    }

    [Fact]
    public async Task The_path_continues_with_the_best_sibling_and_stops_when_it_ends_the_solution()
    {
        // Given siblings a1/a9/a3 at the root and, below a9, an ending b8 and a continuing b2
        var policy = new FuncPolicy((p, i) => p.PreviousSteps.Count == 0
            ? FuncPolicy.Step(new[] { "a1", "a9", "a3" }[i])
            : i == 0 ? FuncPolicy.Last("b8") : FuncPolicy.Step("b2"));
        var walk = new EftTreeWalk(policy, FuncScorer.ByDigit(), Settings(width: 3, maxDepth: 5));

        // When the tree is walked
        var tree = (await walk.WalkAsync([Problem], default))[0];

        // Then the second node extends a9, both nodes give pairs, and the walk stops after the ending step
        Assert.Equal(2, policy.Calls);
        Assert.Equal(["a9"], policy.Seen[1].Prefix.PreviousSteps);
        Assert.Equal([("a9", "a1"), ("b8", "b2")], tree.Pairs.Select(p => (p.Best.Text, p.Worst.Text)));
        Assert.Equal(["a9"], tree.Pairs[1].PreviousSteps);
    }

    [Fact]
    public async Task A_path_that_never_ends_stops_at_the_maximum_depth()
    {
        // Given a policy that never ends a solution
        var policy = new FuncPolicy((p, i) => FuncPolicy.Step($"d{p.PreviousSteps.Count}-{i}"));
        var walk = new EftTreeWalk(policy, FuncScorer.ByDigit(), Settings(width: 2, maxDepth: 3));

        // When the tree is walked
        var tree = (await walk.WalkAsync([Problem], default))[0];

        // Then exactly three nodes are expanded
        Assert.Equal([0, 1, 2], tree.Nodes.Select(n => n.Depth));
        Assert.Equal(3, policy.Calls);
    }

    [Fact]
    public async Task Problems_are_walked_in_lock_step_with_one_policy_and_one_scorer_call_per_level_and_duplicates_scored_once()
    {
        // Given three problems whose siblings repeat one text twice
        var problems = Enumerable.Range(0, 3).Select(i => Problem with { Id = $"p{i}" }).ToList();
        var policy = new FuncPolicy((p, i) => FuncPolicy.Step(new[] { "a1", "a9", "a9" }[i]));
        var scorer = FuncScorer.ByDigit();
        var walk = new EftTreeWalk(policy, scorer, Settings(width: 3, maxDepth: 2));

        // When the trees are walked
        var trees = await walk.WalkAsync(problems, default);

        // Then each level is one call of each role, carrying every problem, and each distinct text is scored once
        Assert.Equal(2, policy.Calls);
        Assert.Equal(2, scorer.Calls);
        Assert.Equal(3 * 2 * 2, scorer.Seen.Count);
        Assert.All(trees, t => Assert.Equal(2, t.Nodes[0].Siblings.Single(s => s.Text == "a9").Copies));
    }

    [Fact]
    public async Task A_problem_samples_with_the_same_seeds_whether_it_is_walked_alone_or_with_others()
    {
        // Given one problem walked alone and the same problem walked after two others
        var alone = new FuncPolicy((p, i) => FuncPolicy.Step($"s{i}"));
        var together = new FuncPolicy((p, i) => FuncPolicy.Step($"s{i}"));
        await new EftTreeWalk(alone, FuncScorer.ByDigit(), Settings(width: 2, maxDepth: 2)).WalkAsync([Problem], default);
        await new EftTreeWalk(together, FuncScorer.ByDigit(), Settings(width: 2, maxDepth: 2))
            .WalkAsync([Problem with { Id = "a" }, Problem with { Id = "b" }, Problem], default);

        // When the seeds of its prefixes are compared
        static IEnumerable<ulong> Seeds(FuncPolicy p) => p.Seen.Where(s => s.Prefix.QuestionId == "p1").Select(s => s.Prefix.Seed);

        // Then they are equal, and they differ from the other problems' seeds
        Assert.Equal(Seeds(alone), Seeds(together));
        Assert.DoesNotContain(together.Seen.First(s => s.Prefix.QuestionId == "a").Prefix.Seed, Seeds(together));
    }
}
