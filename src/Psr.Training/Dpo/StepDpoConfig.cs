using System.Text.Json.Serialization;
using Psr.Core.Errors;
using Psr.Training.Data;
using Psr.Training.Losses;
using Psr.Training.Optimization;

namespace Psr.Training.Dpo;

/// <summary>
/// Step-DPO settings (one round): the preference loss against the round's starting model (its log-probs computed
/// once), AdamW, warmup + cosine. Declared once: the first members are the keys a run tunes (its <c>dpo</c> section,
/// whose JSON names and defaults they are); the trainer's other settings are <see cref="JsonIgnoreAttribute"/>d, so they
/// never enter a run's configuration or its hashes, and code sets them (seed, EOS).
/// </summary>
public sealed record StepDpoConfig
{
    /// <summary>DPO temperature β (not reported by the paper; SRLM's 0.1). Default 0.1.</summary>
    public double Beta { get; init; } = 0.1;

    /// <summary>Peak learning rate (AdamW). Default 5e-7 (the paper's, for 7B+ models).</summary>
    public double LearningRate { get; init; } = 5e-7;

    /// <summary>Passes over the round's pairs. Default 1.</summary>
    public int Epochs { get; init; } = 1;

    /// <summary>Pairs per optimizer step. Default 32.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Weight of an NLL term on the chosen step (0 = plain DPO). Default 0.</summary>
    public double NllWeight { get; init; }

    /// <summary>The preference loss: Dpo (the paper's), Dpop (DPO-Positive), Ipo, or None (only the NLL terms train). Default Dpo.</summary>
    public PreferenceLossKind Loss { get; init; } = PreferenceLossKind.Dpo;

    /// <summary>DPOP's λ, the weight of the penalty on a chosen step that became less likely than under the reference. Default 5.</summary>
    public double DpopLambda { get; init; } = 5;

    /// <summary>
    /// Tokens the preference term sums over: Whole (standard DPO) or ToFirstDifference (up to the first token where the
    /// two steps differ; the rejected text after it continues an already-wrong step). Default Whole.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // default: earlier runs' configuration hashes are unchanged
    public PreferenceTokens PreferenceTokens { get; init; } = PreferenceTokens.Whole;

    /// <summary>Keep the token embeddings (with tied embeddings the output layer too) fixed during the round. Default false.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool FreezeEmbeddings { get; init; }

    /// <summary>Seed SFT examples (IFT + EFT, as in Init) replayed with each optimizer step; 0 = none. Default 0.</summary>
    public int Replay { get; init; }

    /// <summary>Weight of the replayed examples' per-token NLL. Default 1.</summary>
    public double ReplayWeight { get; init; } = 1;

    /// <summary>
    /// What is replayed: SeedData (IFT + EFT, as in Init), OwnPaths (the round's finished search paths none of whose
    /// accepted steps the judge itself labelled wrong: self-distillation of the search) or OwnPathsAndEft (those paths
    /// and the seed EFT examples, so the judge is rehearsed too). Default SeedData.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // default: earlier runs' configuration hashes are unchanged
    public ReplaySource ReplaySource { get; init; } = ReplaySource.SeedData;

    /// <summary>
    /// Which finished search paths are the round's own self-verified solutions (<see cref="ReplaySource.OwnPaths"/>):
    /// NoStepWrong (no accepted step labelled wrong by the judge) or EveryStepRight (every accepted step labelled right,
    /// a step of identical candidates only not wrong). Default NoStepWrong.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // default: earlier runs' configuration hashes are unchanged
    public OwnPathRule OwnPaths { get; init; }

    /// <summary>Linear warm-up steps before cosine decay. Default 10.</summary>
    public int WarmupSteps { get; init; } = 10;

    /// <summary>Longest prompt + step in tokens. Default 1024.</summary>
    /// <remarks>The prompt is cut from the left first.</remarks>
    public int MaxSequenceTokens { get; init; } = 1024;

    // The trainer's own settings below: not run configuration keys.

    /// <summary>Pairs per batch when computing the reference log-probs (no gradient, so larger fits). Default 64.</summary>
    [JsonIgnore]
    public int ReferenceBatchSize { get; init; } = 64;

    /// <summary>Batches per length bucket (see <see cref="LengthBuckets"/>); 1 turns bucketing off. Default 8.</summary>
    [JsonIgnore]
    public int BucketBatches { get; init; } = 8;

    /// <summary>Learning-rate floor as a fraction of the peak, reached at the last step. Default 0.1.</summary>
    [JsonIgnore]
    public double MinLrRatio { get; init; } = 0.1;

    /// <summary>AdamW decoupled weight decay, applied to matrices only. Default 0.</summary>
    [JsonIgnore]
    public double WeightDecay { get; init; }

    /// <summary>AdamW's β1, β2, ε and the gradient clip. Default <see cref="AdamWSettings"/>'s.</summary>
    [JsonIgnore]
    public AdamWSettings AdamW { get; init; } = new();

    /// <summary>Whether EOS follows each completion; a step that the solution continues after has none. Default <see cref="EosPolicy.Omit"/>.</summary>
    [JsonIgnore]
    public EosPolicy Eos { get; init; } = EosPolicy.Omit;

    /// <summary>Seed of the pair order. Default 0.</summary>
    [JsonIgnore]
    public long Seed { get; init; }

    /// <summary>Every problem of these settings, keys under <paramref name="path"/> (the run's <c>dpo</c> section).</summary>
    public IReadOnlyList<string> Problems(string path = "dpo") => new ConfigProblems(path)
        .Check(Beta > 0 && double.IsFinite(Beta), nameof(Beta), Beta, "must be > 0")
        .Check(LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), LearningRate, "must be > 0")
        .Check(Epochs > 0, nameof(Epochs), Epochs, "must be > 0")
        .Check(BatchSize > 0, nameof(BatchSize), BatchSize, "must be > 0")
        .Check(NllWeight >= 0 && double.IsFinite(NllWeight), nameof(NllWeight), NllWeight, "must be >= 0")
        .Check(Enum.IsDefined(Loss), nameof(Loss), Loss, "must be Dpo, Dpop, Ipo or None")
        .Check(DpopLambda >= 0 && double.IsFinite(DpopLambda), nameof(DpopLambda), DpopLambda, "must be >= 0")
        .Check(Enum.IsDefined(PreferenceTokens), nameof(PreferenceTokens), PreferenceTokens, "must be Whole or ToFirstDifference")
        .Check(Replay >= 0, nameof(Replay), Replay, "must be >= 0")
        .Check(ReplayWeight >= 0 && double.IsFinite(ReplayWeight), nameof(ReplayWeight), ReplayWeight, "must be >= 0")
        .Check(Enum.IsDefined(ReplaySource), nameof(ReplaySource), ReplaySource, "must be SeedData, OwnPaths or OwnPathsAndEft")
        .Check(Enum.IsDefined(OwnPaths), nameof(OwnPaths), OwnPaths, "must be NoStepWrong or EveryStepRight")
        .Check(Loss != PreferenceLossKind.None || NllWeight > 0 || Replay > 0, nameof(Loss), Loss, "needs nllWeight > 0 or replay > 0 (nothing would train)")
        .Check(WarmupSteps >= 0, nameof(WarmupSteps), WarmupSteps, "must be >= 0")
        .Check(MaxSequenceTokens >= 2, nameof(MaxSequenceTokens), MaxSequenceTokens, "must be >= 2")
        .Check(ReferenceBatchSize > 0, nameof(ReferenceBatchSize), ReferenceBatchSize, "must be > 0")
        .Check(BucketBatches > 0, nameof(BucketBatches), BucketBatches, "must be > 0")
        .Check(MinLrRatio >= 0 && MinLrRatio <= 1, nameof(MinLrRatio), MinLrRatio, "must be in [0, 1]")
        .Check(WeightDecay >= 0, nameof(WeightDecay), WeightDecay, "must be >= 0")
        .AddRange(AdamW.Problems(path))
        .Check(Enum.IsDefined(Eos), nameof(Eos), Eos, "is not a known EosPolicy")
        .Items;

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem with its key and value.</summary>
    public StepDpoConfig Validate()
    {
        ConfigException.ThrowIfAny(Problems());
        return this;
    }

    /// <summary>The learning-rate schedule over <paramref name="totalSteps"/>.</summary>
    public LrSchedule Schedule(int totalSteps) => new(LearningRate, WarmupSteps, totalSteps, MinLrRatio);
}
