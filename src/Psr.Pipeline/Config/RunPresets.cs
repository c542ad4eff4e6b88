using Psr.Core.Errors;

namespace Psr.Pipeline.Config;

/// <summary>Built-in presets as code-defined configurations.</summary>
public static class RunPresets
{
    /// <summary>The default demo on the built-in world (target: the whole run in ≤ 30 min on 2 CPU cores).</summary>
    public static RunConfig Default { get; } = new()
    {
        Preset = "default",
        Search = new SearchConfig { Width = 6, Temperature = 0.5, TopP = 0.95 },
        Evaluation = new EvaluationConfig { TestProblems = 2000, TestTimeProblems = 500 },
        Rounds = [new() { Name = "M2", Questions = 400 }, new() { Name = "M3", Questions = 800 }, new() { Name = "M4", Questions = 1200 }],
    };

    /// <summary>The CI preset: every stage on a few questions (target: ≤ 2 min).</summary>
    public static RunConfig Smoke { get; } = new()
    {
        Preset = "smoke",
        Data = new DataConfig { IftProblems = 200, EftPairs = 200, EftTestPairs = 50 },
        Sft = new SftConfig { Steps = 60, BatchSize = 32, WarmupSteps = 5 },
        Search = new SearchConfig { Width = 4, MaxExpansions = 12, ActiveQuestions = 32 },
        Dpo = new DpoConfig { LearningRate = 3e-5, BatchSize = 16, WarmupSteps = 2 },
        Evaluation = new EvaluationConfig
        {
            TestProblems = 100,
            TestTimeProblems = 24,
            TestTimeSearch = new SearchConfig { Width = 4, MaxExpansions = 12 },
            BootstrapResamples = 200,
        },
        Safeguard = new SafeguardConfig { DevProblems = 20 },
        Rounds = [new() { Name = "M2", Questions = 24 }, new() { Name = "M3", Questions = 24 }],
    };

    /// <summary>Preset names, in the order shown to users.</summary>
    public static IReadOnlyList<string> Names { get; } = ["default", "smoke"];

    /// <summary>The preset called <paramref name="name"/>.</summary>
    public static RunConfig Get(string name) => name switch
    {
        "default" => Default,
        "smoke" => Smoke,
        _ => throw new ConfigException([$"preset = {ConfigProblems.Format(name)}: unknown preset (known: {string.Join(", ", Names)})"]),
    };
}
