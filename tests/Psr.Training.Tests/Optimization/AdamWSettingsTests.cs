using System.Text.Json;
using Psr.Core.Errors;
using Psr.Training.Dpo;
using Psr.Training.Optimization;
using Psr.Training.Sft;

namespace Psr.Training.Tests.Optimization;

public sealed class AdamWSettingsTests
{
    private static readonly AdamWSettings Broken = new() { Beta1 = 1, Beta2 = -0.1, Epsilon = 0, GradClip = double.NaN };

    [Fact]
    public void Each_trainer_names_a_bad_setting_under_its_own_section()
    {
        // Given both trainers' settings with the same out-of-range AdamW constants
        var sft = new SftConfig { AdamW = Broken };
        var dpo = new StepDpoConfig { AdamW = Broken };

        // When they are validated
        var sftProblems = Assert.Throws<ConfigException>(() => sft.Validate()).Problems;
        var dpoProblems = Assert.Throws<ConfigException>(() => dpo.Validate()).Problems;

        // Then every constant is named, with its value, under the trainer's section
        Assert.Equal(
            ["sft.beta1 = 1: must be in [0, 1)", "sft.beta2 = -0.1: must be in [0, 1)", "sft.epsilon = 0: must be > 0", "sft.gradClip = NaN: must be >= 0"],
            sftProblems);
        Assert.Equal(sftProblems.Select(p => "dpo" + p[3..]), dpoProblems);
    }

    [Fact]
    public void The_constants_stay_out_of_a_runs_configuration()
    {
        // Given trainer settings whose AdamW constants differ from the defaults
        var changed = new AdamWSettings { Beta2 = 0.999, GradClip = 0 };

        // When each is written as a run writes its sections
        var sft = JsonSerializer.Serialize(new SftConfig { AdamW = changed });
        var dpo = JsonSerializer.Serialize(new StepDpoConfig { AdamW = changed });

        // Then the JSON (and so every configuration hash) is the defaults' JSON
        Assert.Equal(JsonSerializer.Serialize(new SftConfig()), sft);
        Assert.Equal(JsonSerializer.Serialize(new StepDpoConfig()), dpo);
        Assert.DoesNotContain("Beta1", sft, StringComparison.OrdinalIgnoreCase);
    }
}
