using System.Text.Json.Serialization;
using Psr.Core.Errors;
using Psr.Model.Qwen2;
using Psr.Training.Data;
using Psr.Training.Losses;
using Psr.Training.Optimization;

namespace Psr.Training.Sft;

/// <summary>
/// Supervised fine-tuning settings: loss on response tokens only, AdamW, warmup + cosine, accumulation. Declared once:
/// the first members are the keys a run tunes (its <c>sft</c> section, whose JSON names and defaults they are); the
/// trainer's other settings are <see cref="JsonIgnoreAttribute"/>d, so they never enter a run's configuration or its
/// hashes, and code sets them (seed, bfloat16, accumulation).
/// </summary>
public record SftConfig
{
    /// <summary>Optimizer steps. Default 800.</summary>
    public int Steps { get; init; } = 800;

    /// <summary>Sequences per step. Default 64.</summary>
    /// <remarks>Per micro-batch when <see cref="AccumulationSteps"/> &gt; 1.</remarks>
    public int BatchSize { get; init; } = 64;

    /// <summary>Peak learning rate (AdamW). Default 2e-3.</summary>
    public double LearningRate { get; init; } = 2e-3;

    /// <summary>Linear warm-up steps before cosine decay. Default 20.</summary>
    public int WarmupSteps { get; init; } = 20;

    /// <summary>AdamW weight decay (matrices only). Default 0.1.</summary>
    public double WeightDecay { get; init; } = 0.1;

    /// <summary>Longest training sequence in tokens. Default 512.</summary>
    /// <remarks>Longer examples are cut, the prompt from the left first.</remarks>
    public int MaxSequenceTokens { get; init; } = 512;

    /// <summary>Resumable checkpoint every this many steps (a killed Init resumes from the newest). Default 50.</summary>
    /// <remarks>The last step is always saved too.</remarks>
    public int CheckpointEvery { get; init; } = 50;

    /// <summary>
    /// Learning rate at the last step, where the cosine decay ends; null = a tenth of the peak. Default null.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] // unset: earlier runs' configuration hashes are unchanged
    public double? FinalLearningRate { get; init; }

    /// <summary>
    /// Steps (warm-up included) over which the cosine decays to the final rate; the steps after them hold it, so the
    /// tail of Init shows whether more training at that rate still gains (issue 12's plateau check); null = every step
    /// decays. Default null.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] // unset: earlier runs' configuration hashes are unchanged
    public int? DecaySteps { get; init; }

    /// <summary>
    /// How a batch's token losses are averaged: <see cref="LossNormalization.Tokens"/> (the mean over its tokens) or
    /// <see cref="LossNormalization.Sequences"/> (each example's own mean, then the mean over examples). Default Tokens.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // Tokens: earlier runs' configuration hashes are unchanged
    public LossNormalization LossNormalization { get; init; }

    // The trainer's own settings below: not run configuration keys.

    /// <summary>Learning-rate floor as a fraction of the peak, reached at the last step. Default 0.1.</summary>
    [JsonIgnore]
    public double MinLrRatio { get; init; } = 0.1;

    /// <summary>AdamW's β1, β2, ε and the gradient clip. Default <see cref="AdamWSettings"/>'s.</summary>
    [JsonIgnore]
    public AdamWSettings AdamW { get; init; } = new();

    /// <summary>Micro-batches whose gradients are summed before each optimizer step. Default 1.</summary>
    [JsonIgnore]
    public int AccumulationSteps { get; init; } = 1;

    /// <summary>Batches per length bucket (see <see cref="LengthBuckets"/>); 1 turns bucketing off. Default 8.</summary>
    [JsonIgnore]
    public int BucketBatches { get; init; } = 8;

    /// <summary>
    /// Micro-batches of similar length each batch is computed as (see <see cref="Data.LengthSplit"/>): the same gradient
    /// with less padding when a batch mixes short and long examples (bucketing off). 1 = the whole batch at once. Default 1.
    /// </summary>
    [JsonIgnore]
    public int LengthSplit { get; init; } = 1;

    /// <summary>Whether the tokenizer's EOS follows each response. Default <see cref="EosPolicy.Append"/>.</summary>
    [JsonIgnore]
    public EosPolicy Eos { get; init; } = EosPolicy.Append;

    /// <summary>How many newest checkpoints to keep. Default 2.</summary>
    [JsonIgnore]
    public int KeepCheckpoints { get; init; } = 2;

    /// <summary>Seed of the data order. Default 0.</summary>
    [JsonIgnore]
    public long Seed { get; init; }

    /// <summary>
    /// Dtype of the forward and backward passes: <see cref="ModelDtype.BFloat16"/> runs them on a bfloat16 copy while the
    /// float32 model keeps the master weights and AdamW state (see <c>LowPrecisionShadow</c>). Default float32.
    /// </summary>
    [JsonIgnore]
    public ModelDtype ComputeDtype { get; init; } = ModelDtype.Float32;

    /// <summary>
    /// Dtype of the linear layers' products only (autocast-style, <c>MatmulPrecision</c>): <see cref="ModelDtype.BFloat16"/>
    /// multiplies in bfloat16 while activations, norms, the loss, gradients and AdamW stay float32. Default float32.
    /// </summary>
    [JsonIgnore]
    public ModelDtype MatmulDtype { get; init; } = ModelDtype.Float32;

    /// <summary>Every problem of these settings, keys under <paramref name="path"/> (the run's <c>sft</c> section).</summary>
    public virtual IReadOnlyList<string> Problems(string path = "sft") => new ConfigProblems(path)
        .Check(Steps > 0, nameof(Steps), Steps, "must be > 0")
        .Check(BatchSize > 0, nameof(BatchSize), BatchSize, "must be > 0")
        .Check(LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), LearningRate, "must be > 0")
        .Check(WarmupSteps >= 0 && WarmupSteps <= Steps, nameof(WarmupSteps), WarmupSteps, "must be in [0, steps]")
        .Check(WeightDecay >= 0 && double.IsFinite(WeightDecay), nameof(WeightDecay), WeightDecay, "must be >= 0")
        .Check(MaxSequenceTokens >= 2, nameof(MaxSequenceTokens), MaxSequenceTokens, "must be >= 2")
        .Check(CheckpointEvery > 0, nameof(CheckpointEvery), CheckpointEvery, "must be > 0")
        .Check(MinLrRatio >= 0 && MinLrRatio <= 1, nameof(MinLrRatio), MinLrRatio, "must be in [0, 1]")
        .Check(FinalLearningRate is null || (FinalLearningRate >= 0 && FinalLearningRate <= LearningRate), nameof(FinalLearningRate), FinalLearningRate,
            "must be in [0, learningRate] (or null: a tenth of the peak)")
        .Check(DecaySteps is null || (DecaySteps >= WarmupSteps && DecaySteps <= Steps), nameof(DecaySteps), DecaySteps,
            "must be in [warmupSteps, steps] (or null: every step decays)")
        .AddRange(AdamW.Problems(path))
        .Check(AccumulationSteps > 0, nameof(AccumulationSteps), AccumulationSteps, "must be > 0")
        .Check(BucketBatches > 0, nameof(BucketBatches), BucketBatches, "must be > 0")
        .Check(LengthSplit > 0 && (BatchSize <= 0 || LengthSplit <= BatchSize), nameof(LengthSplit), LengthSplit, "must be in [1, batchSize]")
        .Check(Enum.IsDefined(LossNormalization), nameof(LossNormalization), LossNormalization, "must be Tokens or Sequences")
        .Check(Enum.IsDefined(Eos), nameof(Eos), Eos, "is not a known EosPolicy")
        .Check(KeepCheckpoints > 0, nameof(KeepCheckpoints), KeepCheckpoints, "must be > 0")
        .Check(ComputeDtype is ModelDtype.Float32 or ModelDtype.BFloat16, nameof(ComputeDtype), ComputeDtype, "must be Float32 or BFloat16")
        .Check(MatmulDtype is ModelDtype.Float32 or ModelDtype.BFloat16, nameof(MatmulDtype), MatmulDtype, "must be Float32 or BFloat16")
        .Check(MatmulDtype == ModelDtype.Float32 || ComputeDtype == ModelDtype.Float32, nameof(MatmulDtype), MatmulDtype,
            "must be Float32 when computeDtype is not (the passes are then low-precision throughout)")
        .Items;

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem with its key and value.</summary>
    public SftConfig Validate()
    {
        ConfigException.ThrowIfAny(Problems());
        return this;
    }

    /// <summary>The learning-rate schedule over <paramref name="totalSteps"/>.</summary>
    public LrSchedule Schedule(int totalSteps) =>
        new(LearningRate, WarmupSteps, DecaySteps is { } decay ? Math.Min(decay, totalSteps) : totalSteps, FinalLearningRate is { } final ? final / LearningRate : MinLrRatio);
}
