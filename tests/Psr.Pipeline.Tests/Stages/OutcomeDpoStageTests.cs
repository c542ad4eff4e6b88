using Psr.Model.Qwen2;
using Psr.Pipeline.Config;
using Psr.Pipeline.Outcome;
using Psr.Pipeline.Runs;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.Stages;
using Psr.Pipeline.Tests.Config;
using Psr.Pipeline.WorldModels;
using static TorchSharp.torch;

namespace Psr.Pipeline.Tests.Stages;

public sealed class OutcomeDpoStageTests
{
    private const string Right = "Step 1: 3+4=7\nStep 2: 7*2=14\nThe answer is \\boxed{14}";
    private const string Wrong = "Step 1: 3+4=8\nStep 2: 8*2=16\nThe answer is \\boxed{16}";

    [Fact]
    public async Task Whole_response_dpo_trains_on_the_rounds_solution_pairs_with_the_process_methods_settings()
    {
        // Given an outcome-method run with a random test-sized M1 and handmade whole-solution pairs of round 1
        using var dir = new TempDir();
        var config = TinyRunConfig.Loop with
        {
            Experiment = new ExperimentConfig { Method = SelfRewardingMethod.Outcome },
            Dpo = TinyRunConfig.Loop.Dpo with { BatchSize = 2, LearningRate = 1e-2 },
        };
        var run = RunDirectory.Create(dir.Path, config);
        var tokenizer = WorldTokenizer.Create();
        using (var model = Qwen2ForCausalLM.Create(WorldModelShape.For(ModelSize.Test, tokenizer.VocabSize), CPU, ModelDtype.Float32, 5))
            ModelFolder.Save(model, tokenizer, run.Resolve("stages/01-init/model"));
        var pairs = Enumerable.Range(0, 6).Select(i => new SolutionPair($"q{i}", "(3+4)*2=?", Right, Wrong, 5, 1));
        ArtifactJsonl.Write(run.Resolve("stages/02-score/pairs.jsonl"), pairs);
        var stage = new DpoStage(config, 0, InitStage.ModelArtifacts, method: SelfRewardingMethod.Outcome);

        // When
        var result = await new StageRunner(run).RunAsync(stage);

        // Then the stage is the outcome's "dpo" of round 2, reads the score stage's pairs and trained the model
        Assert.Equal("02-dpo", stage.Id.Folder);
        Assert.Equal("stages/02-score/pairs.jsonl", stage.PairsArtifact);
        Assert.Equal(6, result.Manifest.Counts["pairs"]);
        Assert.Equal(3, result.Manifest.Counts["steps"]);
        Assert.NotEqual(ArtifactJson.Sha256OfFile(run.Resolve("stages/01-init/model/model.safetensors")),
            result.Manifest.Outputs.Single(o => o.Path.EndsWith("model.safetensors", StringComparison.Ordinal)).Sha256);
        Assert.Equal(DpoStage.ModelArtifactsOf(0, SelfRewardingMethod.Outcome)[0], result.Manifest.Outputs[0].Path);
    }
}
