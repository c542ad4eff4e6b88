using Psr.Core.Errors;
using Psr.Pipeline.Config;

namespace Psr.Studies.WorldTraining;

/// <summary>
/// One training of a world model: M0 pretraining (IFT only, from scratch) or the SFT of M1 (IFT + EFT, optionally from
/// a base model and with wrong steps sampled from a weak model).
/// </summary>
public sealed record WorldTrainingOptions
{
    /// <summary>World preset name. Default <c>default</c>.</summary>
    public string Preset { get; init; } = "default";

    /// <summary>Output folder: the final model, snapshots and training log. Required.</summary>
    public required string OutputDir { get; init; }

    /// <summary>Model folder to start from; null trains from scratch. Default null.</summary>
    public string? BaseModel { get; init; }

    /// <summary>Model folder sampled for wrong EFT steps at gold prefixes; null uses corruption rules only. Default null.</summary>
    public string? WeakModel { get; init; }

    /// <summary>From-scratch size (ignored with a base model). Default <see cref="ModelSize.Tiny"/>.</summary>
    public ModelSize Size { get; init; } = ModelSize.Tiny;

    /// <summary>Optimizer steps. Default 800.</summary>
    public int Steps { get; init; } = 800;

    /// <summary>Sequences per step. Default 64.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Peak learning rate. Default 2e-3 (prototype 1 and 2).</summary>
    public double LearningRate { get; init; } = 2e-3;

    /// <summary>Warm-up steps. Default 100.</summary>
    public int WarmupSteps { get; init; } = 100;

    /// <summary>Training problems (one IFT example each). Default 40,000.</summary>
    public int IftCount { get; init; } = 40_000;

    /// <summary>EFT examples; 0 trains IFT only (M0). Default 0.</summary>
    public int EftCount { get; init; }

    /// <summary>Problems whose gold prefixes the weak model is sampled at (4 samples each). Default 4,000.</summary>
    public int MineProblems { get; init; } = 4_000;

    /// <summary>Seed of problems, EFT draws, initialisation and data order. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Write a loadable model snapshot every this many steps (0: none). Default 200.</summary>
    public int SnapshotEvery { get; init; } = 200;

    /// <summary>
    /// Arithmetic of the training passes, as <c>model.trainingPrecision</c> of a run (<see cref="ComputePrecision.Auto"/>:
    /// bfloat16 products where the CPU multiplies bfloat16 natively); saved resolved in <c>training.json</c>. Default
    /// <see cref="ComputePrecision.Float32"/>, the arithmetic the shipped M0 was trained in.
    /// </summary>
    public ComputePrecision Precision { get; init; } = ComputePrecision.Float32;

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public WorldTrainingOptions Validate()
    {
        var p = new List<string>();
        if (string.IsNullOrWhiteSpace(OutputDir)) p.Add("OutputDir is required");
        if (Steps < 1) p.Add($"Steps ({Steps}) must be >= 1");
        if (BatchSize < 1) p.Add($"BatchSize ({BatchSize}) must be >= 1");
        if (!(LearningRate > 0) || !double.IsFinite(LearningRate)) p.Add($"LearningRate ({LearningRate}) must be > 0");
        if (WarmupSteps < 0 || WarmupSteps > Steps) p.Add($"WarmupSteps ({WarmupSteps}) must be in [0, Steps]");
        if (IftCount < 1) p.Add($"IftCount ({IftCount}) must be >= 1");
        if (EftCount < 0) p.Add($"EftCount ({EftCount}) must be >= 0");
        if (MineProblems < 0) p.Add($"MineProblems ({MineProblems}) must be >= 0");
        if (SnapshotEvery < 0) p.Add($"SnapshotEvery ({SnapshotEvery}) must be >= 0");
        if (!Enum.IsDefined(Precision)) p.Add($"Precision ({Precision}) is not a known value");
        ConfigException.ThrowIfAny(p);
        return this;
    }
}
