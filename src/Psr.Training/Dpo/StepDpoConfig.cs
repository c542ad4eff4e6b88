using Psr.Training.Configuration;
using Psr.Training.Data;
using Psr.Training.Losses;
using Psr.Training.Optimization;

namespace Psr.Training.Dpo;

/// <summary>Step-DPO settings (one round): sigmoid DPO against the round's starting model, AdamW, warmup + cosine.</summary>
public sealed record StepDpoConfig
{
    /// <summary>DPO inverse temperature β: how far the policy may move from the reference. Default 0.1.</summary>
    public double Beta { get; init; } = 0.1;

    /// <summary>The preference loss. Default <see cref="PreferenceLossKind.Dpo"/> (the paper's sigmoid DPO).</summary>
    public PreferenceLossKind Loss { get; init; } = PreferenceLossKind.Dpo;

    /// <summary>DPOP's λ: weight of the penalty on a chosen step less likely than under the reference. Default 5.</summary>
    public double DpopLambda { get; init; } = 5;

    /// <summary>Which completion tokens the preference loss sums over. Default <see cref="PreferenceTokens.Whole"/>.</summary>
    public PreferenceTokens PreferenceTokens { get; init; } = PreferenceTokens.Whole;

    /// <summary>Keep the token embeddings (and an untied LM head) fixed during the round. Default false.</summary>
    public bool FreezeEmbeddings { get; init; }

    /// <summary>Seed SFT examples replayed with every optimizer step (their per-token NLL is added); 0 turns replay off. Default 0.</summary>
    public int ReplayBatchSize { get; init; }

    /// <summary>Weight of the replayed examples' per-token NLL. Default 1.</summary>
    public double ReplayWeight { get; init; } = 1;

    /// <summary>Weight α of the per-token NLL term on the chosen step; 0 turns it off. Default 0.</summary>
    public double NllWeight { get; init; }

    /// <summary>Peak learning rate after warmup. Default 1e-4.</summary>
    public double LearningRate { get; init; } = 1e-4;

    /// <summary>Optimizer steps of linear warmup. Default 5.</summary>
    public int WarmupSteps { get; init; } = 5;

    /// <summary>Learning-rate floor as a fraction of the peak, reached at the last step. Default 0.1.</summary>
    public double MinLrRatio { get; init; } = 0.1;

    /// <summary>Passes over the pairs. Default 2.</summary>
    public int Epochs { get; init; } = 2;

    /// <summary>Preference pairs per optimizer step. Default 16.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Pairs per batch when computing the reference log-probs (no gradient, so larger fits). Default 64.</summary>
    public int ReferenceBatchSize { get; init; } = 64;

    /// <summary>Batches per length bucket (see <see cref="LengthBuckets"/>); 1 turns bucketing off. Default 8.</summary>
    public int BucketBatches { get; init; } = 8;

    /// <summary>AdamW decoupled weight decay, applied to matrices only. Default 0.</summary>
    public double WeightDecay { get; init; }

    /// <summary>AdamW β1. Default 0.9.</summary>
    public double Beta1 { get; init; } = 0.9;

    /// <summary>AdamW β2. Default 0.95.</summary>
    public double Beta2 { get; init; } = 0.95;

    /// <summary>AdamW ε. Default 1e-8.</summary>
    public double Epsilon { get; init; } = 1e-8;

    /// <summary>Clip the global gradient L2 norm to this; 0 turns clipping off. Default 1.0.</summary>
    public double GradClip { get; init; } = 1.0;

    /// <summary>Longest prompt + completion in tokens; the prompt is cut from the left first. Default 256.</summary>
    public int MaxSequenceLength { get; init; } = 256;

    /// <summary>Whether EOS follows each completion; a step that the solution continues after has none. Default <see cref="EosPolicy.Omit"/>.</summary>
    public EosPolicy Eos { get; init; } = EosPolicy.Omit;

    /// <summary>Seed of the pair order. Default 0.</summary>
    public long Seed { get; init; }

    /// <summary>Throws one <see cref="Psr.Core.Errors.ConfigException"/> listing every problem with its value.</summary>
    public StepDpoConfig Validate()
    {
        new ConfigProblems()
            .Positive(nameof(Beta), Beta)
            .NonNegative(nameof(NllWeight), NllWeight)
            .Check(Enum.IsDefined(Loss), nameof(Loss), (int)Loss, "is not a known PreferenceLossKind")
            .NonNegative(nameof(DpopLambda), DpopLambda)
            .Check(Enum.IsDefined(PreferenceTokens), nameof(PreferenceTokens), (int)PreferenceTokens, "is not a known PreferenceTokens")
            .NonNegative(nameof(ReplayBatchSize), ReplayBatchSize)
            .NonNegative(nameof(ReplayWeight), ReplayWeight)
            .Positive(nameof(LearningRate), LearningRate)
            .NonNegative(nameof(WarmupSteps), WarmupSteps)
            .Between(nameof(MinLrRatio), MinLrRatio, 0, 1)
            .Positive(nameof(Epochs), Epochs)
            .Positive(nameof(BatchSize), BatchSize)
            .Positive(nameof(ReferenceBatchSize), ReferenceBatchSize)
            .Positive(nameof(BucketBatches), BucketBatches)
            .NonNegative(nameof(WeightDecay), WeightDecay)
            .Below(nameof(Beta1), Beta1, 0, 1)
            .Below(nameof(Beta2), Beta2, 0, 1)
            .Positive(nameof(Epsilon), Epsilon)
            .NonNegative(nameof(GradClip), GradClip)
            .Check(MaxSequenceLength >= 2, nameof(MaxSequenceLength), MaxSequenceLength, "must be >= 2")
            .Check(Enum.IsDefined(Eos), nameof(Eos), (int)Eos, "is not a known EosPolicy")
            .ThrowIfAny();
        return this;
    }

    /// <summary>The learning-rate schedule over <paramref name="totalSteps"/>.</summary>
    public LrSchedule Schedule(int totalSteps) => new(LearningRate, WarmupSteps, totalSteps, MinLrRatio);
}
