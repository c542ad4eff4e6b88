using System.Text.Json.Serialization;
using Psr.Core.Errors;
using TrainerSftConfig = Psr.Training.Sft.SftConfig;

namespace Psr.Pipeline.Config;

/// <summary>
/// Initialisation (M1): SFT on IFT + EFT, one shuffled stream (the mix follows <c>data.iftProblems</c> and
/// <c>data.eftPairs</c>). The knobs a run tunes; <see cref="ToTrainer"/> maps them onto <see cref="TrainerSftConfig"/>,
/// whose other settings (AdamW betas, clipping, LR floor, bucketing) keep the trainer's defaults.
/// </summary>
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

    /// <summary>AdamW weight decay (matrices only). Default 0.1.</summary>
    public double WeightDecay { get; init; } = 0.1;

    /// <summary>Longest training sequence in tokens. Default 512.</summary>
    public int MaxSequenceTokens { get; init; } = 512;

    /// <summary>Resumable checkpoint every this many steps (a killed Init resumes from the newest). Default 50.</summary>
    public int CheckpointEvery { get; init; } = 50;

    /// <summary>
    /// Init learning curve: greedy accuracy on <see cref="DevProblems"/> world dev-split problems every this many steps
    /// (and at step 0 and the last step), in the Init stage's <c>dev-curve.jsonl</c>; 0 = off. Default 0.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // off: Init's configuration hash is unchanged
    public int DevEvery { get; init; }

    /// <summary>Dev-split problems of the Init learning curve (never trained on, disjoint from the EFT test problems). Default 200.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int DevProblems { get; init; } = 200;

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path = "sft")
    {
        var p = new ConfigProblems(path);
        p.Check(Steps > 0, nameof(Steps), Steps, "must be > 0")
            .Check(BatchSize > 0, nameof(BatchSize), BatchSize, "must be > 0")
            .Check(LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), LearningRate, "must be > 0")
            .Check(WarmupSteps >= 0 && WarmupSteps <= Steps, nameof(WarmupSteps), WarmupSteps, "must be in [0, steps]")
            .Check(WeightDecay >= 0 && double.IsFinite(WeightDecay), nameof(WeightDecay), WeightDecay, "must be >= 0")
            .Check(MaxSequenceTokens >= 2, nameof(MaxSequenceTokens), MaxSequenceTokens, "must be >= 2")
            .Check(CheckpointEvery > 0, nameof(CheckpointEvery), CheckpointEvery, "must be > 0")
            .Check(DevEvery >= 0, nameof(DevEvery), DevEvery, "must be >= 0 (0 = off)")
            .Check(DevProblems > 0, nameof(DevProblems), DevProblems, "must be > 0");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());

    /// <summary>The trainer's configuration for this section and the run's seed.</summary>
    public TrainerSftConfig ToTrainer(long seed) => new()
    {
        MaxSteps = Steps, BatchSize = BatchSize, LearningRate = LearningRate, WarmupSteps = WarmupSteps,
        WeightDecay = WeightDecay, MaxSequenceLength = MaxSequenceTokens, CheckpointEvery = CheckpointEvery, Seed = seed,
    };
}
