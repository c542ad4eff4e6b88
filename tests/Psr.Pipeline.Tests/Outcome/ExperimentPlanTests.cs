using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Tests.Outcome;

public sealed class ExperimentPlanTests
{
    [Fact]
    public void Every_method_runs_once_per_seed_with_everything_else_unchanged()
    {
        // Given two methods and three seeds
        var config = RunConfigLoader.Load("smoke", overrides: ["experiment.methods=[\"Process\",\"Outcome\"]", "experiment.seeds=[1,2,3]"]);

        // When
        var plan = ExperimentPlan.Of(config);

        // Then six single runs, method-major, differing only in method and run seed
        Assert.True(config.Experiment.IsMulti);
        Assert.Equal(["process-seed1", "process-seed2", "process-seed3", "outcome-seed1", "outcome-seed2", "outcome-seed3"], plan.Select(s => s.Name));
        Assert.All(plan, s =>
        {
            Assert.False(s.Config.Experiment.IsMulti);
            Assert.Equal(s.Method, s.Config.Experiment.Method);
            Assert.Equal(s.Seed, s.Config.Seeds.Run);
            Assert.Equal(config.Seeds.Data, s.Config.Seeds.Data);
            Assert.Equal(config with { Experiment = s.Config.Experiment, Seeds = s.Config.Seeds }, s.Config);
        });
    }

    [Fact]
    public void A_single_run_is_its_own_plan()
    {
        var config = RunPresets.Smoke with { Experiment = new ExperimentConfig { Method = SelfRewardingMethod.Outcome } };
        var plan = ExperimentPlan.Of(config);
        Assert.False(config.Experiment.IsMulti);
        Assert.Equal("outcome-seed" + config.Seeds.Run, Assert.Single(plan).Name);
    }

    [Fact]
    public void Bad_outcome_and_experiment_values_are_all_reported_at_once()
    {
        // Given / When
        var e = Assert.Throws<ConfigException>(() => RunConfigLoader.Load("smoke",
            overrides: ["outcome.candidates=1", "outcome.judgeSamples=0", "outcome.minScoreMargin=-1", "experiment.seeds=[1,1]"]));

        // Then
        Assert.Contains("outcome.candidates = 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("outcome.judgeSamples = 0", e.Message, StringComparison.Ordinal);
        Assert.Contains("outcome.minScoreMargin = -1", e.Message, StringComparison.Ordinal);
        Assert.Contains("experiment.seeds", e.Message, StringComparison.Ordinal);
    }
}
