using System.Text.Json;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.Tests.Fakes;

namespace Psr.Pipeline.Tests.Search;

public sealed class StepSearchBatchingTests
{
    private static readonly SearchQuestion[] Questions =
        Enumerable.Range(0, 50).Select(i => new SearchQuestion($"q{i:D2}", $"Question {i}")).ToArray();

    private static readonly SearchContext Context = new(RunSeed: 42, Round: 2, SearchMode.CollectPairs);

    private static async Task<(IReadOnlyList<QuestionSearchResult> Results, SeededPolicy Policy, HashJudge Judge)> Run(
        SearchConfig config, IReadOnlyList<SearchQuestion> questions)
    {
        var policy = new SeededPolicy();
        var judge = new HashJudge();
        var results = await new StepSearch(policy, judge, config).RunAllAsync(questions, Context);
        return (results, policy, judge);
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, ArtifactJson.Compact);

    [Fact]
    public async Task Running_fifty_questions_together_gives_the_same_pairs_and_traces_as_one_at_a_time()
    {
        // Given: a batched configuration with odd chunk sizes, and a one-question-at-a-time configuration
        var batched = new SearchConfig { Width = 4, ActiveQuestions = 50, PolicyBatchSize = 7, JudgeBatchSize = 13 };
        var sequential = batched with { ActiveQuestions = 1 };

        // When
        var together = await Run(batched, Questions);
        var alone = await Run(sequential, Questions);
        var oneByOne = new List<QuestionSearchResult>();
        foreach (var q in Questions)
            oneByOne.AddRange((await Run(sequential, [q])).Results);

        // Then: identical results, and the batched run really batched
        Assert.Equal(Json(alone.Results), Json(together.Results));
        Assert.Equal(Json(oneByOne), Json(together.Results));
        Assert.Equal(7, together.Policy.PrefixesPerCall.Max());
        Assert.Equal(13, together.Judge.ComparisonsPerCall.Max());
        Assert.Equal(1, alone.Policy.PrefixesPerCall.Max());
        Assert.True(together.Policy.PrefixesPerCall.Count < alone.Policy.PrefixesPerCall.Count / 5);
    }

    [Fact]
    public async Task The_scripted_world_exercises_every_rule()
    {
        // Given / When: the seeded world used by the batching test
        var (results, _, _) = await Run(new SearchConfig { Width = 4 }, Questions);
        var total = SearchCounters.Sum(results.Select(r => r.Counters));

        // Then: the equality above is not vacuous — rollbacks, identical steps, drops and both outcomes all occur
        Assert.Equal(50, total.Finished + total.Unfinished);
        Assert.True(total.Finished > 0 && total.Unfinished > 0, Json(total));
        Assert.True(total.Rollbacks > 0 && total.IdenticalExpansions > 0 && total.Pairs > 0, Json(total));
        Assert.True(total.BothWrongVerdicts > 0 && total.UnparsedVerdicts > 0 && total.PairsDroppedSelfJudged > 0, Json(total));
        Assert.Equal(total.Pairs, results.Sum(r => r.Pairs.Count));
    }

    [Fact]
    public async Task Results_and_traces_round_trip_through_json()
    {
        // Given
        var (results, _, _) = await Run(new SearchConfig { Width = 4 }, Questions.Take(5).ToList());

        // When
        var text = Json(results);
        var back = JsonSerializer.Deserialize<List<QuestionSearchResult>>(text, ArtifactJson.Compact)!;

        // Then
        Assert.Equal(text, Json(back));
        Assert.Contains("\"outcome\":\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_time_search_returns_solutions_without_pairs()
    {
        // Given
        var config = new SearchConfig { Width = 4 };
        var policy = new SeededPolicy();

        // When
        var results = await new StepSearch(policy, new HashJudge(), config)
            .RunAllAsync(Questions, Context with { Mode = SearchMode.TestTime });

        // Then
        Assert.All(results, r => Assert.Empty(r.Pairs));
        Assert.Contains(results, r => r.Status == SearchStatus.Finished && r.Steps.Count > 0);
        Assert.DoesNotContain(results.SelectMany(r => r.Trace.Expansions), e => e.Pair is PairDecision.Kept);
    }

    [Fact]
    public async Task Search_results_come_back_in_input_order_whatever_the_finish_order()
    {
        // Given: questions in reverse id order
        var reversed = Questions.Reverse().ToList();

        // When
        var (results, _, _) = await Run(new SearchConfig { Width = 4 }, reversed);

        // Then
        Assert.Equal(reversed.Select(q => q.Id), results.Select(r => r.QuestionId));
    }
}
