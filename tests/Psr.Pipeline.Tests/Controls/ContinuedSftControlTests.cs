using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Pipeline.Tests.Config;
using Psr.Pipeline.Tests.Stages;

namespace Psr.Pipeline.Tests.Controls;

public sealed class ContinuedSftControlTests
{
    private static RunConfig Config { get; } = TinyRunConfig.Loop with
    {
        Experiment = new ExperimentConfig { Method = SelfRewardingMethod.ContinuedSft },
        ContinuedSft = new ContinuedSftConfig { PairsPerQuestion = 8 },
        Rounds = [new() { Name = "M2", Questions = 3 }, new() { Name = "M3", Questions = 2 }],
    };

    [Fact]
    public void The_dose_is_the_step_dpo_steps_of_the_estimated_pairs_or_the_given_steps()
    {
        // Given rounds of 3 and 2 questions, 8 pairs per question, DPO batch 8 and 2 epochs
        var config = Config with { Dpo = Config.Dpo with { Epochs = 2, BatchSize = 8, LearningRate = 3e-5, WarmupSteps = 5 } };

        // Then 24 pairs -> 2 x 3 steps, 16 pairs -> 2 x 2 steps, at the DPO learning rate, 2 x 8 sequences per step
        Assert.Equal(6, ContinuedSftConfig.StepsOf(config, 0));
        Assert.Equal(4, ContinuedSftConfig.StepsOf(config, 1));
        var trainer = ContinuedSftConfig.TrainerOf(config, 1);
        Assert.Equal((4, 16, 3e-5, 4, 0.0), (trainer.Steps, trainer.BatchSize, trainer.LearningRate, trainer.WarmupSteps, trainer.WeightDecay));

        // And explicit steps and an explicit learning rate win
        var given = config with { ContinuedSft = new ContinuedSftConfig { Steps = [7, 9], LearningRate = 1e-3, BatchSize = 5 } };
        Assert.Equal(9, ContinuedSftConfig.StepsOf(given, 1));
        Assert.Equal((1e-3, 5), (ContinuedSftConfig.TrainerOf(given, 0).LearningRate, ContinuedSftConfig.TrainerOf(given, 0).BatchSize));
    }

    [Fact]
    public void Bad_values_are_reported_with_their_keys()
    {
        var e = Assert.Throws<ConfigException>(() => RunConfigLoader.Load("smoke",
            overrides: ["continuedSft.pairsPerQuestion=0", "continuedSft.steps=[3]", "continuedSft.batchSize=-1"]));
        Assert.Contains("continuedSft.pairsPerQuestion = 0", e.Message, StringComparison.Ordinal);
        Assert.Contains("continuedSft.steps = 1: needs one entry per round (2)", e.Message, StringComparison.Ordinal);
        Assert.Contains("continuedSft.batchSize = -1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_round_continues_sft_on_the_seed_data_for_its_dose_and_is_evaluated()
    {
        // Given / When a tiny continued-SFT run
        using var dir = new TempDir();
        var summary = await new SelfRewardingLoop(Config, RunDirectory.Create(dir.Path, Config)).RunAsync();
        string Stage(string name) => Path.Combine(dir.Path, "stages", name);

        // Then its rounds are continued SFT and evaluation, with no search and no DPO
        Assert.Equal(["00-eft", "00-ift", "01-evaluate", "01-init", "02-continued-sft", "02-evaluate", "03-continued-sft", "03-evaluate"],
            Directory.GetDirectories(Path.Combine(dir.Path, "stages")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // And each round trained for exactly its dose, at the DPO learning rate at most
        for (var i = 0; i < 2; i++)
        {
            var history = ArtifactJsonl.Read<ContinuedSftPoint>(Path.Combine(Stage($"0{i + 2}-continued-sft"), ContinuedSftStage.HistoryFile));
            Assert.Equal(Enumerable.Range(1, ContinuedSftConfig.StepsOf(Config, i)), history.Select(p => p.Step));
            Assert.All(history, p => Assert.InRange(p.LearningRate, 1e-12, Config.Dpo.LearningRate));
            Assert.True(history[^1].TokensSeen > 0);
        }

        // And the round's model moved away from M1 (same seed data, a few more steps)
        var m1 = File.ReadAllBytes(Path.Combine(Stage("01-init"), "model", "model.safetensors"));
        var m2 = File.ReadAllBytes(Path.Combine(Stage("02-continued-sft"), "model", "model.safetensors"));
        Assert.NotEqual(m1, m2);
        Assert.Equal(["M1", "M2", "M3"], summary.Models.Select(m => m.Model));
    }

    [Fact]
    public void M1_and_its_evaluation_are_the_process_methods()
    {
        var process = Config with { Experiment = new ExperimentConfig() };
        Assert.Equal(new InitStage(process).ConfigHash, new InitStage(Config).ConfigHash);
        Assert.Equal(new EvaluateStage(process, 2, "M2", InitStage.ModelArtifacts).ConfigHash, new EvaluateStage(Config, 2, "M2", InitStage.ModelArtifacts).ConfigHash);
    }

    [Fact]
    public void It_is_refused_with_an_external_trainer_or_the_safeguard()
    {
        var e = Assert.Throws<ConfigException>(() => SelfRewardingLoop.RequireSupported(Config with { Safeguard = new SafeguardConfig { Enabled = true } }));
        Assert.Contains("experiment.method = ContinuedSft", e.Message, StringComparison.Ordinal);
    }
}
