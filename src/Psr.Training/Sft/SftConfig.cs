using Psr.Core.Errors;
using Psr.Model.Qwen2;
using Psr.Training.Data;
using Psr.Training.Optimization;

namespace Psr.Training.Sft;

/// <summary>Supervised fine-tuning settings: loss on response tokens only, AdamW, warmup + cosine, accumulation.</summary>
public sealed record SftConfig
{
    /// <summary>Peak learning rate after warmup. Default 1e-3 (a tiny model trained from scratch).</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Optimizer steps of linear warmup. Default 20.</summary>
    public int WarmupSteps { get; init; } = 20;

    /// <summary>Learning-rate floor as a fraction of the peak, reached at the last step. Default 0.1.</summary>
    public double MinLrRatio { get; init; } = 0.1;

    /// <summary>Passes over the data; ignored when <see cref="MaxSteps"/> is set. Default 1.</summary>
    public int Epochs { get; init; } = 1;

    /// <summary>Total optimizer steps, overriding <see cref="Epochs"/>; null derives it from the epochs. Default null.</summary>
    public int? MaxSteps { get; init; }

    /// <summary>AdamW decoupled weight decay, applied to matrices only. Default 0.1.</summary>
    public double WeightDecay { get; init; } = 0.1;

    /// <summary>AdamW β1. Default 0.9.</summary>
    public double Beta1 { get; init; } = 0.9;

    /// <summary>AdamW β2. Default 0.95.</summary>
    public double Beta2 { get; init; } = 0.95;

    /// <summary>AdamW ε. Default 1e-8.</summary>
    public double Epsilon { get; init; } = 1e-8;

    /// <summary>Clip the global gradient L2 norm to this; 0 turns clipping off. Default 1.0.</summary>
    public double GradClip { get; init; } = 1.0;

    /// <summary>Sequences per micro-batch. Default 16.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Micro-batches whose gradients are summed before each optimizer step. Default 1.</summary>
    public int AccumulationSteps { get; init; } = 1;

    /// <summary>Batches per length bucket (see <see cref="LengthBuckets"/>); 1 turns bucketing off. Default 8.</summary>
    public int BucketBatches { get; init; } = 8;

    /// <summary>Longest prompt + response in tokens; longer examples are cut (prompt from the left first). Default 256.</summary>
    public int MaxSequenceLength { get; init; } = 256;

    /// <summary>Whether the tokenizer's EOS follows each response. Default <see cref="EosPolicy.Append"/>.</summary>
    public EosPolicy Eos { get; init; } = EosPolicy.Append;

    /// <summary>Save a checkpoint every this many optimizer steps (and after the last); 0 saves only after the last. Default 100.</summary>
    public int CheckpointEvery { get; init; } = 100;

    /// <summary>How many newest checkpoints to keep. Default 2.</summary>
    public int KeepCheckpoints { get; init; } = 2;

    /// <summary>Seed of the data order. Default 0.</summary>
    public long Seed { get; init; }

    /// <summary>
    /// Dtype of the forward and backward passes: <see cref="ModelDtype.BFloat16"/> runs them on a bfloat16 copy while the
    /// float32 model keeps the master weights and AdamW state (see <c>LowPrecisionShadow</c>). Default float32.
    /// </summary>
    public ModelDtype ComputeDtype { get; init; } = ModelDtype.Float32;

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem with its key and value.</summary>
    public SftConfig Validate()
    {
        ConfigException.ThrowIfAny(new ConfigProblems("")
            .Check(LearningRate > 0, nameof(LearningRate), LearningRate, "must be > 0")
            .Check(WarmupSteps >= 0, nameof(WarmupSteps), WarmupSteps, "must be >= 0")
            .Check(MinLrRatio >= 0 && MinLrRatio <= 1, nameof(MinLrRatio), MinLrRatio, "must be in [0, 1]")
            .Check(Epochs > 0, nameof(Epochs), Epochs, "must be > 0")
            .Check(MaxSteps is null or > 0, nameof(MaxSteps), MaxSteps, "must be > 0 when set")
            .Check(WeightDecay >= 0, nameof(WeightDecay), WeightDecay, "must be >= 0")
            .Check(Beta1 >= 0 && Beta1 < 1, nameof(Beta1), Beta1, "must be in [0, 1)")
            .Check(Beta2 >= 0 && Beta2 < 1, nameof(Beta2), Beta2, "must be in [0, 1)")
            .Check(Epsilon > 0, nameof(Epsilon), Epsilon, "must be > 0")
            .Check(GradClip >= 0, nameof(GradClip), GradClip, "must be >= 0")
            .Check(BatchSize > 0, nameof(BatchSize), BatchSize, "must be > 0")
            .Check(AccumulationSteps > 0, nameof(AccumulationSteps), AccumulationSteps, "must be > 0")
            .Check(BucketBatches > 0, nameof(BucketBatches), BucketBatches, "must be > 0")
            .Check(MaxSequenceLength >= 2, nameof(MaxSequenceLength), MaxSequenceLength, "must be >= 2")
            .Check(CheckpointEvery >= 0, nameof(CheckpointEvery), CheckpointEvery, "must be >= 0")
            .Check(KeepCheckpoints > 0, nameof(KeepCheckpoints), KeepCheckpoints, "must be > 0")
            .Check(Enum.IsDefined(Eos), nameof(Eos), Eos, "is not a known EosPolicy")
            .Check(ComputeDtype is ModelDtype.Float32 or ModelDtype.BFloat16, nameof(ComputeDtype), ComputeDtype, "must be Float32 or BFloat16")
            .Items);
        return this;
    }

    /// <summary>Optimizer steps for a data set of <paramref name="batchesPerEpoch"/> micro-batches per epoch.</summary>
    public int TotalSteps(int batchesPerEpoch) =>
        MaxSteps ?? Math.Max(1, (int)Math.Ceiling((double)Epochs * batchesPerEpoch / AccumulationSteps));

    /// <summary>The learning-rate schedule over <paramref name="totalSteps"/>.</summary>
    public LrSchedule Schedule(int totalSteps) => new(LearningRate, WarmupSteps, totalSteps, MinLrRatio);
}
