using System.Text.Json;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.Tests.Fakes;
using Psr.Roles;

namespace Psr.Pipeline.Tests.Search;

/// <summary><see cref="SharedSamplesPolicy"/>: the evaluation's second test-time search samples only where its path parted from the first's.</summary>
public sealed class SharedSamplesPolicyTests
{
    private static readonly SearchQuestion[] Questions =
        Enumerable.Range(0, 40).Select(i => new SearchQuestion($"q{i:D2}", $"Question {i}")).ToArray();

    private static readonly SearchContext Context = new(RunSeed: 7, Round: 1, SearchMode.TestTime);

    private static readonly SearchConfig Config = new() { Width = 4, ActiveQuestions = 5, PolicyBatchSize = 3, JudgeBatchSize = 7 };

    private static string Json(object value) => JsonSerializer.Serialize(value, ArtifactJson.Compact);

    /// <summary>Prefers the lexically smaller candidate: another judge than <see cref="HashJudge"/>, so that paths part.</summary>
    private sealed class SmallerFirstJudge : IStepJudge
    {
        public Task<IReadOnlyList<StepJudgment>> JudgeAsync(IReadOnlyList<StepComparison> comparisons, CancellationToken cancellationToken)
        {
            IReadOnlyList<StepJudgment> result = comparisons.Select(c => string.CompareOrdinal(c.CandidateA, c.CandidateB) <= 0
                ? new StepJudgment(JudgeVerdict.A, StepCorrectness.Correct, StepCorrectness.Wrong, "[[A]]")
                : new StepJudgment(JudgeVerdict.B, StepCorrectness.Wrong, StepCorrectness.Correct, "[[B]]")).ToList();
            return Task.FromResult(result);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task The_second_search_gives_what_it_gives_alone_and_samples_only_where_its_path_parted(int lanes)
    {
        // Given the first search (one judge) run through the shared policy
        var config = Config with { Lanes = lanes };
        var inner = new SeededPolicy();
        var shared = new SharedSamplesPolicy(inner);
        var first = await new StepSearch(shared, new HashJudge(), config).RunAllAsync(Questions, Context);
        var sampledByFirst = inner.PrefixesPerCall.Sum();

        // When the second search (another judge) runs through it too, and once more on a policy of its own
        var second = await new StepSearch(shared, new SmallerFirstJudge(), config).RunAllAsync(Questions, Context);
        var sampledBySecond = inner.PrefixesPerCall.Sum() - sampledByFirst;
        var alonePolicy = new SeededPolicy();
        var alone = await new StepSearch(alonePolicy, new SmallerFirstJudge(), config).RunAllAsync(Questions, Context);

        // Then its results are the same as alone, the judges did choose differently somewhere, and the shared run
        // sampled fewer prefixes (every question's first expansion at least came from memory)
        Assert.Equal(Json(alone), Json(second));
        Assert.NotEqual(Json(first.Select(r => r.Steps)), Json(second.Select(r => r.Steps)));
        Assert.True(shared.Hits >= Questions.Length, $"hits {shared.Hits}");
        Assert.Equal(alonePolicy.PrefixesPerCall.Sum() - shared.Hits, sampledBySecond);
        Assert.Equal(sampledByFirst + sampledBySecond, shared.Misses);
    }

    [Fact]
    public async Task Other_sampling_settings_are_not_answered_from_memory()
    {
        // Given one prefix sampled at width 4
        var inner = new SeededPolicy();
        var shared = new SharedSamplesPolicy(inner);
        var prefix = new StepPrefix("q1", "Question 1", [], 11);
        await shared.SampleAsync([prefix], new StepSampling(4, 0.5, 0.95, 16), CancellationToken.None);

        // When the same prefix is asked for at width 3, then again at width 4
        var narrower = await shared.SampleAsync([prefix], new StepSampling(3, 0.5, 0.95, 16), CancellationToken.None);
        await shared.SampleAsync([prefix], new StepSampling(4, 0.5, 0.95, 16), CancellationToken.None);

        // Then width 3 was sampled anew (3 candidates), width 4 came from memory
        Assert.Equal(3, narrower[0].Count);
        Assert.Equal([1, 1], inner.PrefixesPerCall);
        Assert.Equal(1, shared.Hits);
    }
}
