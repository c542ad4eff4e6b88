using Psr.Pipeline.Config;
using Psr.Roles;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.Tests.Config;
using Psr.Pipeline.Tests.Fakes;

namespace Psr.Pipeline.Tests.Search;

public sealed class SearchStageResumeTests
{
    private static readonly SearchQuestion[] Questions =
        Enumerable.Range(0, 40).Select(i => new SearchQuestion($"q{i:D2}", $"Question {i}")).ToArray();

    private static readonly SearchConfig Config = new() { Width = 4, ActiveQuestions = 8, PolicyBatchSize = 5, JudgeBatchSize = 11 };

    private static SearchStage Stage(IStepPolicy policy) => new(new StageId(2, "search"), "hash", [],
        new StepSearch(policy, new HashJudge(), Config), new SearchContext(9, 2, SearchMode.CollectPairs), Questions);

    private static (string Pairs, string Results) Artifacts(RunDirectory run) => (
        File.ReadAllText(run.Resolve("stages/02-search/pairs.jsonl")),
        File.ReadAllText(run.Resolve("stages/02-search/results.jsonl")));

    private static async Task<(string, string)> Uninterrupted(TempDir dir)
    {
        var run = RunDirectory.Create(Path.Combine(dir.Path, "reference"), RunPresets.Smoke);
        await new StageRunner(run).RunAsync(Stage(new SeededPolicy()));
        return Artifacts(run);
    }

    [Theory]
    [InlineData(new[] { 3 }, false)]
    [InlineData(new[] { 2, 5, 4 }, false)]
    [InlineData(new[] { 6, 3 }, true)]
    public async Task A_search_stage_killed_at_several_points_resumes_to_the_artifacts_of_an_uninterrupted_run(int[] killAfterCalls, bool tear)
    {
        // Given: a run killed after a few policy calls, again and again (optionally tearing the progress log)
        using var dir = new TempDir();
        var run = RunDirectory.Create(Path.Combine(dir.Path, "run"), RunPresets.Smoke);
        foreach (var calls in killAfterCalls)
        {
            using var kill = new CancellationTokenSource();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                new StageRunner(run).RunAsync(Stage(new KillingPolicy(new SeededPolicy(), calls, kill)), kill.Token));
            if (tear)
                File.AppendAllText(run.Resolve("stages/02-search/progress.jsonl"), "{\"questionId\":\"q9");
        }
        var saved = File.ReadAllLines(run.Resolve("stages/02-search/progress.jsonl")).Length;

        // When
        var result = await new StageRunner(run).RunAsync(Stage(new SeededPolicy()));

        // Then
        Assert.True(saved > 0, "the kills should leave finished questions behind");
        Assert.Equal(killAfterCalls.Length + 1, result.Manifest.Attempts);
        Assert.Equal(await Uninterrupted(dir), Artifacts(run));
        Assert.Equal(40, result.Manifest.Counts["questions"]);
    }
}
