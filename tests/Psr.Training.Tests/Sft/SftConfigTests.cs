using Psr.Core.Errors;
using Psr.Training.Sft;

namespace Psr.Training.Tests.Sft;

public sealed class SftConfigTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        var config = new SftConfig().Validate();

        Assert.Equal(1e-3, config.LearningRate);
    }

    [Fact]
    public void Every_problem_is_listed_with_its_value()
    {
        // Given a configuration with four independent mistakes
        var config = new SftConfig { LearningRate = 0, Beta2 = 1.0, BatchSize = -2, MaxSteps = 0 };

        // When
        var e = Assert.Throws<ConfigException>(() => config.Validate());

        // Then each is named with its value, all at once
        Assert.Equal(4, e.Problems.Count);
        Assert.Contains("learningRate = 0: must be > 0", e.Problems);
        Assert.Contains("beta2 = 1: must be in [0, 1)", e.Problems);
        Assert.Contains("batchSize = -2: must be > 0", e.Problems);
        Assert.Contains("maxSteps = 0: must be > 0 when set", e.Problems);
    }

    [Theory]
    [InlineData(10, 1, 1, null, 10)]
    [InlineData(10, 3, 4, null, 8)] // ceil(3 × 10 / 4)
    [InlineData(10, 3, 1, 5, 5)] // MaxSteps wins
    public void Total_steps_follow_epochs_and_accumulation(int batches, int epochs, int accumulation, int? maxSteps, int expected)
    {
        var config = new SftConfig { Epochs = epochs, AccumulationSteps = accumulation, MaxSteps = maxSteps };

        Assert.Equal(expected, config.TotalSteps(batches));
    }
}
