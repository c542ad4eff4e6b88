using Psr.Core.Errors;

namespace Psr.Pipeline.Config;

/// <summary>Initialisation (M1): SFT on IFT + EFT (placeholder mirroring what the trainer needs).</summary>
public sealed record SftConfig
{
    /// <summary>Optimizer steps. Default 800.</summary>
    public int Steps { get; init; } = 800;

    /// <summary>Sequences per step. Default 64.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Peak learning rate (AdamW). Default 2e-3.</summary>
    public double LearningRate { get; init; } = 2e-3;

    /// <summary>Linear warm-up steps before cosine decay. Default 20.</summary>
    public int WarmupSteps { get; init; } = 20;

    /// <summary>AdamW weight decay. Default 0.</summary>
    public double WeightDecay { get; init; }

    /// <summary>Share of each batch drawn from EFT (judge) examples; the rest from IFT. Default 0.5.</summary>
    public double EftFraction { get; init; } = 0.5;

    /// <summary>Longest training sequence in tokens. Default 512.</summary>
    public int MaxSequenceTokens { get; init; } = 512;

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path = "sft")
    {
        var p = new ConfigProblems(path);
        p.Check(Steps > 0, nameof(Steps), Steps, "must be > 0")
            .Check(BatchSize > 0, nameof(BatchSize), BatchSize, "must be > 0")
            .Check(LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), LearningRate, "must be > 0")
            .Check(WarmupSteps >= 0 && WarmupSteps <= Steps, nameof(WarmupSteps), WarmupSteps, "must be in [0, steps]")
            .Check(WeightDecay >= 0 && double.IsFinite(WeightDecay), nameof(WeightDecay), WeightDecay, "must be >= 0")
            .Check(EftFraction >= 0 && EftFraction <= 1, nameof(EftFraction), EftFraction, "must be in [0, 1]")
            .Check(MaxSequenceTokens > 0, nameof(MaxSequenceTokens), MaxSequenceTokens, "must be > 0");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());
}
