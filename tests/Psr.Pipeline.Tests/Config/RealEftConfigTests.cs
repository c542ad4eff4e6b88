using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Roles.Backends;

namespace Psr.Pipeline.Tests.Config;

public sealed class RealEftConfigTests
{
    [Fact]
    public void Every_problem_of_the_eft_section_and_its_backends_is_reported_at_once_before_any_work()
    {
        // Given real-data EFT with impossible values, an unknown key, a PRM scorer, and neither annotator nor PRM served
        using var dir = new TempDir();
        var path = dir.File("bad.json", """
            {
              "preset": "smoke",
              "eft": { "enabled": true, "width": 1, "topP": 0, "scoreMargin": 1.5, "scorer": "PrmEndpoint", "rollouts": 0,
                       "testFraction": 1, "problemBatch": 0, "depth": 3 },
              "backends": { "prm": { "backend": "OpenAiCompatible" } }
            }
            """);

        // When the configuration is loaded
        var e = Assert.Throws<ConfigException>(() => RunConfigLoader.Load(configPath: path));

        // Then every problem is listed with its key and value
        Assert.Contains(e.Problems, p => p.StartsWith("eft.depth: unknown key", StringComparison.Ordinal));
        Assert.Contains("eft.width = 1: must be >= 2 (a pair needs two siblings)", e.Problems);
        Assert.Contains("eft.topP = 0: must be in (0, 1]", e.Problems);
        Assert.Contains("eft.scoreMargin = 1.5: must be in (0, 1] (scores are probabilities)", e.Problems);
        Assert.Contains("eft.rollouts = 0: must be >= 1", e.Problems);
        Assert.Contains("eft.testFraction = 1: must be in [0, 1)", e.Problems);
        Assert.Contains("eft.problemBatch = 0: must be >= 1", e.Problems);
        Assert.Contains("backends.annotator.backend = TorchSharp: eft.enabled = true needs the strong judge served (OpenAiCompatible)", e.Problems);
        Assert.Contains("backends.prm.baseUrl = null: an absolute http(s) URL is required for the OpenAiCompatible backend", e.Problems);
        Assert.True(e.Problems.Count == 9, string.Join("\n", e.Problems));
    }

    [Fact]
    public void The_default_eft_section_is_off_and_valid_and_needs_no_served_annotator()
    {
        // Given the defaults / When validated / Then nothing is reported
        Assert.False(new RunConfig().Eft.Enabled);
        Assert.Empty(new RunConfig().Problems());
    }

    [Fact]
    public void Real_data_eft_with_the_outcome_method_is_refused_rather_than_silently_ignored()
    {
        // Given real-data EFT enabled for the outcome baseline with a served annotator
        var config = new RunConfig
        {
            Eft = new RealEftConfig { Enabled = true },
            Experiment = new ExperimentConfig { Method = SelfRewardingMethod.Outcome },
            Backends = new BackendsConfig { Annotator = new RoleBackendConfig { Backend = ModelBackend.OpenAiCompatible, BaseUrl = "http://a:1/v1" } },
        };

        // When validated / Then the one problem names the key
        Assert.Equal(["eft.enabled = True: not supported for experiment.method = Outcome yet (its EFT is whole-solution scoring)"], config.Problems());
    }
}
