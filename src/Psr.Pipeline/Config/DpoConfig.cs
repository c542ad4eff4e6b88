using Psr.Core.Errors;
using Psr.Training.Dpo;
using Psr.Training.Losses;

namespace Psr.Pipeline.Config;

/// <summary>
/// Step-DPO per round; reference = the model starting the round (its log-probs computed once). The knobs a run
/// tunes; <see cref="ToTrainer"/> maps them onto <see cref="StepDpoConfig"/>, whose other settings keep the
/// trainer's defaults.
/// </summary>
public sealed record DpoConfig
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

    /// <summary>The preference loss: Dpo (the paper's), Dpop (DPO-Positive) or Ipo. Default Dpo.</summary>
    public PreferenceLossKind Loss { get; init; } = PreferenceLossKind.Dpo;

    /// <summary>DPOP's λ, the weight of the penalty on a chosen step that became less likely than under the reference. Default 5.</summary>
    public double DpopLambda { get; init; } = 5;

    /// <summary>
    /// Tokens the preference term sums over: Whole (standard DPO) or ToFirstDifference (up to the first token where the
    /// two steps differ; the rejected text after it continues an already-wrong step). Default Whole.
    /// </summary>
    public PreferenceTokens PreferenceTokens { get; init; } = PreferenceTokens.Whole;

    /// <summary>Keep the token embeddings fixed during step-DPO (with tied embeddings the output layer too). Default false.</summary>
    public bool FreezeEmbeddings { get; init; }

    /// <summary>Seed SFT examples (IFT + EFT, as in Init) replayed with each optimizer step; 0 = none. Default 0.</summary>
    public int Replay { get; init; }

    /// <summary>Weight of the replayed examples' per-token NLL. Default 1.</summary>
    public double ReplayWeight { get; init; } = 1;

    /// <summary>Linear warm-up steps before cosine decay. Default 10.</summary>
    public int WarmupSteps { get; init; } = 10;

    /// <summary>Longest prompt + step in tokens. Default 1024.</summary>
    public int MaxSequenceTokens { get; init; } = 1024;

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path = "dpo")
    {
        var p = new ConfigProblems(path);
        p.Check(Beta > 0 && double.IsFinite(Beta), nameof(Beta), Beta, "must be > 0")
            .Check(LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), LearningRate, "must be > 0")
            .Check(Epochs > 0, nameof(Epochs), Epochs, "must be > 0")
            .Check(BatchSize > 0, nameof(BatchSize), BatchSize, "must be > 0")
            .Check(NllWeight >= 0 && double.IsFinite(NllWeight), nameof(NllWeight), NllWeight, "must be >= 0")
            .Check(Enum.IsDefined(Loss), nameof(Loss), Loss, "must be Dpo, Dpop or Ipo")
            .Check(DpopLambda >= 0 && double.IsFinite(DpopLambda), nameof(DpopLambda), DpopLambda, "must be >= 0")
            .Check(Enum.IsDefined(PreferenceTokens), nameof(PreferenceTokens), PreferenceTokens, "must be Whole or ToFirstDifference")
            .Check(Replay >= 0, nameof(Replay), Replay, "must be >= 0")
            .Check(ReplayWeight >= 0 && double.IsFinite(ReplayWeight), nameof(ReplayWeight), ReplayWeight, "must be >= 0")
            .Check(WarmupSteps >= 0, nameof(WarmupSteps), WarmupSteps, "must be >= 0")
            .Check(MaxSequenceTokens >= 2, nameof(MaxSequenceTokens), MaxSequenceTokens, "must be >= 2");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());

    /// <summary>The trainer's configuration for this section and a round's seed.</summary>
    public StepDpoConfig ToTrainer(long seed) => new()
    {
        Beta = Beta, LearningRate = LearningRate, Epochs = Epochs, BatchSize = BatchSize, NllWeight = NllWeight,
        Loss = Loss, DpopLambda = DpopLambda, PreferenceTokens = PreferenceTokens, FreezeEmbeddings = FreezeEmbeddings, ReplayBatchSize = Replay, ReplayWeight = ReplayWeight,
        WarmupSteps = WarmupSteps, MaxSequenceLength = MaxSequenceTokens, Seed = seed,
    };
}
