using Psr.Core.Errors;
using Psr.Pipeline.Config;

namespace Psr.Studies.Measurement;

/// <summary>What <see cref="WorldMeasurement"/> measures on one model (issue 4's acceptance numbers).</summary>
public sealed record MeasureOptions
{
    /// <summary>World preset. Default <c>default</c>.</summary>
    public string Preset { get; init; } = "default";

    /// <summary>Test problems for greedy and both searches. Default 1,000.</summary>
    public int Problems { get; init; } = 1_000;

    /// <summary>Test problems for the searches (the first ones of the greedy set); null uses all. Default null.</summary>
    public int? SearchProblems { get; init; }

    /// <summary>Test problems whose gold prefixes are used for per-step accuracy. Default 300.</summary>
    public int StepProblems { get; init; } = 300;

    /// <summary>Held-out EFT pairs (each judged in both orders). Default 300.</summary>
    public int JudgePairs { get; init; } = 300;

    /// <summary>Seed of the test draw (test questions never overlap train for any seed). Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Run the search with the self-judge. Default true.</summary>
    public bool SelfSearch { get; init; } = true;

    /// <summary>Run the search with the oracle judge. Default true.</summary>
    public bool OracleSearch { get; init; } = true;

    /// <summary>Search settings (the paper's w=6, T=0.5, top-p 0.95, at most 20 expansions).</summary>
    public SearchConfig Search { get; init; } = new() { MaxStepTokens = 48 };

    /// <summary>Prompts per generation call. Default 128.</summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public MeasureOptions Validate()
    {
        var p = new List<string>();
        if (Problems < 1) p.Add($"Problems ({Problems}) must be >= 1");
        if (SearchProblems is < 1) p.Add($"SearchProblems ({SearchProblems}) must be >= 1 when set");
        if (StepProblems < 0) p.Add($"StepProblems ({StepProblems}) must be >= 0");
        if (JudgePairs < 0) p.Add($"JudgePairs ({JudgePairs}) must be >= 0");
        if (BatchSize < 1) p.Add($"BatchSize ({BatchSize}) must be >= 1");
        p.AddRange(Search.Problems());
        ConfigException.ThrowIfAny(p);
        return this;
    }
}
