using Psr.Core.Errors;
using Psr.Pipeline.Config;

namespace Psr.Pipeline.Tests.Config;

public sealed class RunConfigLoaderTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("smoke")]
    public void Every_preset_is_valid(string name)
    {
        // Given / When
        var problems = RunPresets.Get(name).Problems();

        // Then
        Assert.Empty(problems);
        Assert.Equal(name, RunConfigLoader.Load(name).Preset);
    }

    [Fact]
    public void A_bad_file_reports_unknown_keys_type_errors_and_impossible_values_together()
    {
        // Given: a file with two unknown keys, two type errors and three impossible values
        using var dir = new TempDir();
        var path = dir.File("bad.json", """
            {
              "search": { "widht": 6, "temperature": "hot", "topP": 2, "judgeOrders": "Sideways" },
              "dpo": { "beta": -1 },
              "rounds": [ { "name": "M2", "questions": 0 } ],
              "bogus": true
            }
            """);

        // When
        var e = Assert.Throws<ConfigException>(() => RunConfigLoader.Load(configPath: path));

        // Then: each problem names its key path and value
        Assert.Contains(e.Problems, p => p.StartsWith("search.widht: unknown key", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.StartsWith("bogus: unknown key", StringComparison.Ordinal));
        Assert.Contains("search.temperature = \"hot\": expected a number", e.Problems);
        Assert.Contains(e.Problems, p => p.StartsWith("search.judgeOrders = \"Sideways\": expected one of BothOrders, OneOrder", StringComparison.Ordinal));
        Assert.Contains("search.topP = 2: must be in (0, 1]", e.Problems);
        Assert.Contains("dpo.beta = -1: must be > 0", e.Problems);
        Assert.Contains("rounds[0].questions = 0: must be > 0", e.Problems);
        Assert.True(e.Problems.Count == 7, string.Join("\n", e.Problems));
    }

    [Theory]
    [InlineData("{\"search\": 5}", "search = 5: expected an object")]
    [InlineData("{\"rounds\": {}}", "rounds = {}: expected an array")]
    [InlineData("{\"sft\": {\"steps\": 1.5}}", "sft.steps = 1.5: expected an integer (32-bit)")]
    [InlineData("{\"sft\": {\"steps\": null}}", "sft.steps = null: a value is required")]
    [InlineData("{\"safeguard\": {\"enabled\": \"yes\"}}", "safeguard.enabled = \"yes\": expected true or false")]
    [InlineData("{\"preset\": \"huge\"}", "preset = \"huge\": unknown preset (known: default, quick, smoke, paper, plateau, verified, strong-judge)")]
    [InlineData("{\"data\": {\"source\": \"Benchmark\"}}", "data.benchmarkPath = null: required when source is Benchmark")]
    [InlineData("{\"dpo\": {\"replay\": -1}}", "dpo.replay = -1: must be >= 0")]
    [InlineData("{\"dpo\": {\"dpopLambda\": -2}}", "dpo.dpopLambda = -2: must be >= 0")]
    public void One_bad_value_is_named_with_its_path_and_value(string json, string problem)
    {
        // Given
        using var dir = new TempDir();
        var path = dir.File("c.json", json);

        // When
        var e = Assert.Throws<ConfigException>(() => RunConfigLoader.Load(configPath: path));

        // Then
        Assert.Contains(problem, e.Problems);
    }

    [Fact]
    public void A_file_overrides_its_preset_and_keeps_unmentioned_values()
    {
        // Given: a file on top of the smoke preset
        using var dir = new TempDir();
        var path = dir.File("c.json", """{ "preset": "smoke", "search": { "width": 5 }, "rounds": [ { "name": "R1", "questions": 3 } ] }""");

        // When
        var config = RunConfigLoader.Load(configPath: path);

        // Then: nested sections merge, lists replace
        Assert.Equal("smoke", config.Preset);
        Assert.Equal(5, config.Search.Width);
        Assert.Equal(RunPresets.Smoke.Search.MaxExpansions, config.Search.MaxExpansions);
        Assert.Equal([("R1", 3)], config.Rounds.Select(r => (r.Name, r.Questions)));
    }

    [Fact]
    public void Set_overrides_apply_after_the_file_and_accept_paths_with_indices()
    {
        // Given / When
        var config = RunConfigLoader.Load("smoke", overrides:
            ["search.width=8", "rounds[1].questions=50", "search.allTie=Resample", "dpo.nllWeight=1", "model.threads=1", "dpo.loss=Dpop", "dpo.replay=16"]);

        // Then
        Assert.Equal(8, config.Search.Width);
        Assert.Equal(50, config.Rounds[1].Questions);
        Assert.Equal(AllTieAction.Resample, config.Search.AllTie);
        Assert.Equal(1.0, config.Dpo.NllWeight);
        Assert.Equal(1, config.Model.Threads);
        Assert.Equal(Psr.Training.Losses.PreferenceLossKind.Dpop, config.Dpo.Loss);
        Assert.Equal(16, config.Dpo.Replay);
    }

    [Fact]
    public void Bad_set_overrides_are_all_reported()
    {
        // Given / When
        var e = Assert.Throws<ConfigException>(() => RunConfigLoader.Load("smoke", overrides:
            ["nokey", "search.width.x=1", "rounds[9].questions=1", "search.width=wide", "sft.bogus=1"]));

        // Then
        Assert.Contains(e.Problems, p => p.StartsWith("--set nokey: expected key=value", StringComparison.Ordinal));
        Assert.Contains("--set search.width.x=1: search.width is not an object", e.Problems);
        Assert.Contains("--set rounds[9].questions=1: index 9 is out of range (the list has 2 items)", e.Problems);
        Assert.Contains("search.width = \"wide\": expected an integer", e.Problems);
        Assert.Contains(e.Problems, p => p.StartsWith("sft.bogus: unknown key", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_json_names_the_file_and_line()
    {
        // Given
        using var dir = new TempDir();
        var path = dir.File("c.json", "{\n  \"search\": {\n    \"width\": ,\n  }\n}");

        // When
        var e = Assert.Throws<ConfigException>(() => RunConfigLoader.Load(configPath: path));

        // Then
        Assert.StartsWith($"{path}:3: malformed JSON", e.Problems.Single(), StringComparison.Ordinal);
    }
}
