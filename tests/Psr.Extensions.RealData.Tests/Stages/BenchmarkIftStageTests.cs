using Psr.Pipeline.Config;
using Psr.Roles;
using Psr.Pipeline.Runs;
using Psr.Extensions.RealData.Segmentation;
using Psr.Pipeline.Stages;
using Psr.Roles.Backends;
using Psr.Extensions.RealData.Stages;

namespace Psr.Extensions.RealData.Tests.Stages;

public sealed class BenchmarkIftStageTests
{
    private static RunConfig Config(StepSegmentation segmentation) => RunPresets.Smoke with
    {
        Data = new DataConfig { Source = DataSource.Benchmark, BenchmarkPath = Gsm8kTrainLines.Path, IftProblems = 3, Segmentation = segmentation },
        Rounds = [new() { Name = "M2", Questions = 1 }],
    };

    /// <summary>A segmenter that answers item by item from a script (by call order) and counts prompts.</summary>
    private sealed class ScriptedSegmenter(params string[] answers) : IRemoteRoles, IRemoteSegmenter, IGreedySolver
    {
        public List<string> Prompts { get; } = [];

        public IGreedySolver Solver => this;

        public Task<IRemoteRoleSet> OpenAsync(BackendsConfig backends, ServedRoleOptions options, RoleModel model, string serverLog, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public IRemoteSegmenter OpenSegmenter(BackendsConfig backends) => this;

        public Task<IReadOnlyList<string>> SolveAsync(IReadOnlyList<string> prompts, int maxTokens, CancellationToken cancellationToken)
        {
            var from = Prompts.Count;
            Prompts.AddRange(prompts);
            return Task.FromResult<IReadOnlyList<string>>(prompts.Select((_, i) => answers[from + i]).ToList());
        }

        public IReadOnlyDictionary<string, long> Counts() => new Dictionary<string, long> { ["segmenterRequests"] = Prompts.Count };

        public void Dispose()
        {
        }
    }

    [Fact]
    public async Task Model_segmentation_keeps_parsed_answers_and_counts_each_unparseable_one_by_reason()
    {
        // Given 3 GSM8K items and a segmenter whose 2nd answer has no boxed answer and 3rd no step headers
        using var dir = new TempDir();
        var config = Config(StepSegmentation.Model);
        var segmenter = new ScriptedSegmenter("Step 1: a.\nStep 2: So \\boxed{5}.", "Step 1: a.\nStep 2: so 5.", "The answer is 5.");
        var stage = new BenchmarkIftStage(config, segmenter);
        var run = RunDirectory.Create(Path.Combine(dir.Path, "run"), config);

        // When the stage runs
        var outcome = await stage.RunAsync(new StageContext(run, stage.Id, 1), CancellationToken.None);

        // Then every item got the Figure 3 prompt, one is IFT, two are listed and counted as unsplit with their reasons
        Assert.Equal(3, segmenter.Prompts.Count);
        Assert.All(segmenter.Prompts, p => Assert.StartsWith(SegmentationPrompt.Instruction, p, StringComparison.Ordinal));
        var ift = Assert.Single(ArtifactJsonl.Read<BenchmarkIftRecord>(run.Resolve(IftStage.Artifact)));
        Assert.Equal([" a.", " So \\boxed{5}."], ift.Steps);
        var unsplit = ArtifactJsonl.Read<UnsplitRecord>(run.Resolve($"stages/{stage.Id.Folder}/{BenchmarkIftStage.UnsplitFile}"));
        Assert.Equal([SegmentFailure.NoBoxedAnswer, SegmentFailure.NoSteps], unsplit.Select(u => u.Failure));
        Assert.Equal("The answer is 5.", unsplit[1].Output);
        Assert.Equal((1, 2, 1, 1, 3), (outcome.Counts["split"], outcome.Counts["unsplit"], outcome.Counts["unsplitNoBoxedAnswer"],
            outcome.Counts["unsplitNoSteps"], outcome.Counts["segmenterRequests"]));
    }

    [Fact]
    public async Task A_resumed_model_segmentation_does_not_ask_again_for_answers_already_logged()
    {
        // Given a finished segmentation of 3 items
        using var dir = new TempDir();
        var config = Config(StepSegmentation.Model);
        var run = RunDirectory.Create(Path.Combine(dir.Path, "run"), config);
        var first = new BenchmarkIftStage(config, new ScriptedSegmenter("Step 1: \\boxed{1}", "Step 1: \\boxed{2}", "Step 1: \\boxed{3}"));
        await first.RunAsync(new StageContext(run, first.Id, 1), CancellationToken.None);

        // When the stage runs again on the same folder with a segmenter that has no answers
        var empty = new ScriptedSegmenter();
        var again = new BenchmarkIftStage(config, empty);
        await again.RunAsync(new StageContext(run, again.Id, 2), CancellationToken.None);

        // Then nothing is asked and the IFT artifact still holds the 3 logged answers
        Assert.Empty(empty.Prompts);
        Assert.Equal(3, ArtifactJsonl.Read<BenchmarkIftRecord>(run.Resolve(IftStage.Artifact)).Count);
    }

    [Fact]
    public async Task Rule_based_segmentation_needs_no_segmenter_and_splits_every_gsm8k_item()
    {
        // Given 3 GSM8K items and the rule-based splitter
        using var dir = new TempDir();
        var config = Config(StepSegmentation.RuleBased);
        var stage = new BenchmarkIftStage(config);
        var run = RunDirectory.Create(Path.Combine(dir.Path, "run"), config);

        // When the stage runs
        var outcome = await stage.RunAsync(new StageContext(run, stage.Id, 1), CancellationToken.None);

        // Then all 3 are IFT solutions whose last step boxes the gold answer
        var ift = ArtifactJsonl.Read<BenchmarkIftRecord>(run.Resolve(IftStage.Artifact));
        Assert.Equal(3, ift.Count);
        Assert.All(ift, r => Assert.Equal($" The answer is \\boxed{{{r.Answer}}}.", r.Steps[^1]));
        Assert.Equal(0, outcome.Counts["unsplit"]);
    }
}
