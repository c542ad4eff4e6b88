using Psr.Pipeline.Config;

namespace Psr.Pipeline.Tests.Config;

public sealed class RunConfigFileTests
{
    [Fact]
    public void A_saved_configuration_loads_back_to_the_same_canonical_json_and_hash()
    {
        // Given: a configuration with overrides
        using var dir = new TempDir();
        var config = RunConfigLoader.Load("smoke", overrides: ["search.width=5", "evaluation.benchmarks=[{\"benchmark\":\"gsm8k.jsonl\",\"limit\":5}]"]);
        var path = Path.Combine(dir.Path, "config.json");

        // When
        var hash = RunConfigFile.Save(config, path);
        var loaded = RunConfigFile.Load(path);

        // Then
        Assert.Equal(RunConfigFile.Canonical(config), File.ReadAllText(path));
        Assert.Equal(RunConfigFile.Canonical(config), RunConfigFile.Canonical(loaded));
        Assert.Equal(hash, RunConfigFile.Hash(loaded));
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void Any_changed_value_changes_the_hash()
    {
        // Given
        var a = RunPresets.Smoke;
        var b = a with { Dpo = a.Dpo with { Beta = 0.3 } };

        // When / Then
        Assert.NotEqual(RunConfigFile.Hash(a), RunConfigFile.Hash(b));
        Assert.Equal(RunConfigFile.Hash(a), RunConfigFile.Hash(a with { }));
    }

    [Fact]
    public void Canonical_json_uses_camel_case_keys_and_enum_names()
    {
        // Given / When
        var json = RunConfigFile.Canonical(RunPresets.Default);

        // Then
        Assert.Contains("\"judgeOrders\": \"BothOrders\"", json, StringComparison.Ordinal);
        Assert.Contains("\"finalAnswerMarker\": \"\\\\boxed{\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"sampling\"", json, StringComparison.Ordinal);
    }
}
