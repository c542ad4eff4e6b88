using System.Text.Json;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;

namespace Psr.Pipeline.Tests.Stages;

/// <summary>A test-sized run of the whole loop (a 16-wide, 1-layer model; seconds, not minutes) and its artifacts.</summary>
internal static class TinyRun
{
    public static RunConfig Config { get; } = RunPresets.Smoke with
    {
        Data = RunPresets.Smoke.Data with { IftProblems = 24, EftPairs = 24, EftTestPairs = 3 },
        Model = new ModelConfig { Size = ModelSize.Test, Threads = 1 },
        Sft = new SftConfig { Steps = 6, BatchSize = 8, WarmupSteps = 1, CheckpointEvery = 2, MaxSequenceTokens = 128 },
        Search = RunPresets.Smoke.Search with { Width = 2, MaxExpansions = 2, MaxStepTokens = 6, ActiveQuestions = 2, PolicyBatchSize = 4, JudgeBatchSize = 4 },
        Judge = new JudgeConfig { MaxNewTokens = 6 },
        Evaluation = RunPresets.Smoke.Evaluation with
        {
            TestProblems = 6, TestTimeProblems = 2, MaxSolutionTokens = 8, BatchSize = 2,
            TestTimeSearch = RunPresets.Smoke.Search with { Width = 2, MaxExpansions = 2, MaxStepTokens = 6 },
        },
        Rounds = [new() { Name = "M2", Questions = 3 }],
    };

    /// <summary>Every stage's output hashes (from the manifests) plus the summary file's text.</summary>
    public static SortedDictionary<string, string> Artifacts(string root)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "stages"), "manifest.json", SearchOption.AllDirectories))
        {
            var manifest = JsonSerializer.Deserialize<StageManifest>(File.ReadAllText(path), ArtifactJson.Indented)!;
            Assert.Equal(StageStatus.Done, manifest.Status);
            foreach (var output in manifest.Outputs)
                all[output.Path] = output.Sha256;
        }
        all[RunSummary.JsonFile] = File.ReadAllText(Path.Combine(root, RunSummary.JsonFile));
        return all;
    }
}
