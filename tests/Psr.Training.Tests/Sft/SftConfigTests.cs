using Psr.Model.Qwen2;
using Psr.Core.Errors;
using Psr.Training.Losses;
using Psr.Training.Sft;

namespace Psr.Training.Tests.Sft;

public sealed class SftConfigTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        var config = new SftConfig().Validate();

        Assert.Equal(2e-3, config.LearningRate);
    }

    [Fact]
    public void Every_problem_is_listed_with_its_value()
    {
        // Given a configuration with four independent mistakes
        var config = new SftConfig { LearningRate = 0, AdamW = new() { Beta2 = 1.0 }, BatchSize = -2, Steps = 0, WarmupSteps = 0 };

        // When
        var e = Assert.Throws<ConfigException>(() => config.Validate());

        // Then each is named with its value, all at once
        Assert.Equal(4, e.Problems.Count);
        Assert.Contains("sft.learningRate = 0: must be > 0", e.Problems);
        Assert.Contains("sft.beta2 = 1: must be in [0, 1)", e.Problems);
        Assert.Contains("sft.batchSize = -2: must be > 0", e.Problems);
        Assert.Contains("sft.steps = 0: must be > 0", e.Problems);
    }

    [Fact]
    public void The_schedule_ends_at_the_final_learning_rate_or_at_a_tenth_of_the_peak_without_one()
    {
        var config = new SftConfig { Steps = 100, LearningRate = 1e-3, WarmupSteps = 10 };

        Assert.Equal(1e-4, config.Schedule(100).At(100), 12);
        Assert.Equal(1e-5, (config with { FinalLearningRate = 1e-5 }).Schedule(100).At(100), 12);
        Assert.Equal(1e-3, (config with { FinalLearningRate = 1e-5 }).Schedule(100).At(10), 12); // the peak is unchanged
    }

    [Fact]
    public void A_final_learning_rate_above_the_peak_is_refused_and_an_unset_one_stays_out_of_the_json()
    {
        var e = Assert.Throws<ConfigException>(() => new SftConfig { LearningRate = 1e-3, FinalLearningRate = 2e-3 }.Validate());

        Assert.Equal(["sft.finalLearningRate = 0.002: must be in [0, learningRate] (or null: a tenth of the peak)"], e.Problems);
        Assert.DoesNotContain("finalLearningRate", System.Text.Json.JsonSerializer.Serialize(new SftConfig(),
            new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase }), StringComparison.Ordinal);
    }

    [Fact]
    public void With_decay_steps_the_schedule_reaches_the_final_rate_there_and_holds_it_to_the_end()
    {
        var full = new SftConfig { Steps = 150, LearningRate = 1e-3, WarmupSteps = 10 };
        var held = full with { DecaySteps = 100 };

        // The decay part is the same schedule as a run of DecaySteps steps, step for step
        var shorter = (full with { Steps = 100 }).Schedule(100);
        for (var step = 0; step < 100; step++)
            Assert.Equal(shorter.At(step), held.Schedule(150).At(step), 15);
        // then the rate holds at the floor, while the undecayed schedule is still above it
        Assert.All(Enumerable.Range(100, 50), step => Assert.Equal(1e-4, held.Schedule(150).At(step), 12));
        Assert.True(full.Schedule(150).At(120) > 1.5e-4);
    }

    [Fact]
    public void Decay_steps_outside_warmup_to_steps_are_refused_and_unset_ones_stay_out_of_the_json()
    {
        var e = Assert.Throws<ConfigException>(() => new SftConfig { Steps = 100, WarmupSteps = 10, DecaySteps = 101 }.Validate());
        var early = Assert.Throws<ConfigException>(() => new SftConfig { Steps = 100, WarmupSteps = 10, DecaySteps = 9 }.Validate());

        Assert.Equal(["sft.decaySteps = 101: must be in [warmupSteps, steps] (or null: every step decays)"], e.Problems);
        Assert.Equal(["sft.decaySteps = 9: must be in [warmupSteps, steps] (or null: every step decays)"], early.Problems);
        var options = new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase };
        Assert.DoesNotContain("decaySteps", System.Text.Json.JsonSerializer.Serialize(new SftConfig(), options), StringComparison.Ordinal);
        Assert.Contains("\"decaySteps\":100", System.Text.Json.JsonSerializer.Serialize(new SftConfig { Steps = 150, DecaySteps = 100 }, options), StringComparison.Ordinal);
    }

    [Fact]
    public void A_length_split_must_fit_the_batch()
    {
        var e = Assert.Throws<ConfigException>(() => new SftConfig { BatchSize = 4, LengthSplit = 5 }.Validate());

        Assert.Equal(["sft.lengthSplit = 5: must be in [1, batchSize]"], e.Problems);
    }

    [Fact]
    public void Bfloat16_products_need_float32_passes()
    {
        var e = Assert.Throws<ConfigException>(() => new SftConfig { ComputeDtype = ModelDtype.BFloat16, MatmulDtype = ModelDtype.BFloat16 }.Validate());

        Assert.Equal(["sft.matmulDtype = BFloat16: must be Float32 when computeDtype is not (the passes are then low-precision throughout)"], e.Problems);
    }

    [Fact]
    public void The_token_mean_stays_out_of_the_json_and_an_unknown_normalization_is_refused()
    {
        var options = new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase };

        Assert.DoesNotContain("lossNormalization", System.Text.Json.JsonSerializer.Serialize(new SftConfig(), options), StringComparison.Ordinal);
        Assert.Contains("\"lossNormalization\":1", System.Text.Json.JsonSerializer.Serialize(new SftConfig { LossNormalization = LossNormalization.Sequences }, options), StringComparison.Ordinal);
        var e = Assert.Throws<ConfigException>(() => new SftConfig { LossNormalization = (LossNormalization)7 }.Validate());
        Assert.Equal(["sft.lossNormalization = 7: must be Tokens or Sequences"], e.Problems);
    }
}
