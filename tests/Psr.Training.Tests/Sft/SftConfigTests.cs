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
        var config = new SftConfig { LearningRate = 0, Beta2 = 1.0, BatchSize = -2, Steps = 0, WarmupSteps = 0 };

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
