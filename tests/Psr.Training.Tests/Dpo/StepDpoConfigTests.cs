using Psr.Core.Errors;
using Psr.Training.Dpo;

namespace Psr.Training.Tests.Dpo;

public sealed class StepDpoConfigTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        Assert.Equal(0.1, new StepDpoConfig().Validate().Beta);
    }

    [Fact]
    public void Every_problem_is_listed_with_its_value()
    {
        var config = new StepDpoConfig { Beta = -1, NllWeight = -0.5, Epochs = 0, MinLrRatio = 2 };

        var e = Assert.Throws<ConfigException>(() => config.Validate());

        Assert.Equal(
            ["dpo.beta = -1: must be > 0", "dpo.epochs = 0: must be > 0", "dpo.nllWeight = -0.5: must be >= 0", "dpo.minLrRatio = 2: must be in [0, 1]"],
            e.Problems);
    }

    [Fact]
    public void No_preference_term_needs_an_nll_term_to_train()
    {
        var none = new StepDpoConfig { Loss = Psr.Training.Losses.PreferenceLossKind.None, NllWeight = 0 };

        var e = Assert.Throws<ConfigException>(() => none.Validate());

        Assert.Equal(["dpo.loss = None: needs nllWeight > 0 or replay > 0 (nothing would train)"], e.Problems);
        Assert.Equal(1, (none with { NllWeight = 1 }).Validate().NllWeight);
        Assert.Equal(8, (none with { Replay = 8 }).Validate().Replay);
    }
}
