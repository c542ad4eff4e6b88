using System.Text.Json.Serialization;
using Psr.Core.Errors;
using Psr.Training.Sft;

namespace Psr.Pipeline.Config;

/// <summary>
/// Initialisation (M1): SFT on IFT + EFT, one shuffled stream, its batches mixed (<see cref="MixedBatches"/>, the presets) or batched by length (the mix follows <c>data.iftProblems</c> and
/// <c>data.eftPairs</c>). The trainer's keys are <see cref="SftConfig"/>'s (declared once, in Psr.Training); Init adds
/// its learning curve.
/// </summary>
public sealed record InitSftConfig : SftConfig
{
    /// <summary>
    /// Init learning curve: greedy accuracy on <see cref="DevProblems"/> world dev-split problems every this many steps
    /// (and at step 0 and the last step), in the Init stage's <c>dev-curve.jsonl</c>; 0 = off. Default 0.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] // off: Init's configuration hash is unchanged
    [JsonPropertyOrder(1)] // after the trainer's keys, where config.json and the hashes have always had it
    public int DevEvery { get; init; }

    /// <summary>Dev-split problems of the Init learning curve (never trained on, disjoint from the EFT test problems). Default 200.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    [JsonPropertyOrder(1)]
    public int DevProblems { get; init; } = 200;

    /// <summary>
    /// Draw Init's batches without length bucketing, so that every batch mixes IFT solutions and the longer EFT judge
    /// examples. With bucketing (false) a batch holds examples of similar length, which
    /// here means all-IFT or all-EFT batches, and the first all-EFT batches (loss ≈ 9 on a base model that has never
    /// seen the judge format, against ≈ 0.1 for IFT) arrive at the peak learning rate. Each mixed batch is computed as four
    /// micro-batches of similar length (<see cref="MixedLengthSplit"/>: the same gradient, little more padding than
    /// bucketing). False in the record, true in every preset (docs/world.md §9, attempt 10).
    /// </summary>
    [JsonPropertyOrder(1)] // always written: a saved false must not fall back to the preset's true on resume
    public bool MixedBatches { get; init; }

    /// <summary>
    /// Copies of each IFT example in Init's stream (and the continued-SFT control's), against one of each EFT example;
    /// null = one. With more seed EFT than IFT examples the mix follows the data, so the policy's share of Init's steps
    /// falls; two copies keep it while the judge sees more distinct pairs (docs/world.md §9, attempt 23). Default null.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] // unset: earlier runs' configuration hashes are unchanged
    [JsonPropertyOrder(1)]
    public int? IftRepeat { get; init; }

    /// <summary>Micro-batches per mixed batch: IFT and EFT examples fall into different quarters of a batch sorted by length.</summary>
    public const int MixedLengthSplit = 4;

    /// <summary>The trainer's settings for Init: <see cref="MixedBatches"/> turns length bucketing off and splits by length; <paramref name="precision"/> is <c>model.trainingPrecision</c>.</summary>
    public SftConfig ForTrainer(long seed, ComputePrecision precision)
    {
        var trainer = this with
        {
            Seed = seed,
            ComputeDtype = precision.ToModelDtype(),
            MatmulDtype = precision.ToMatmulDtype(),
        };
        return MixedBatches ? trainer with { BucketBatches = 1, LengthSplit = Math.Min(MixedLengthSplit, BatchSize) } : trainer;
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Problems(string path = "sft") => new ConfigProblems(path)
        .AddRange(base.Problems(path))
        .Check(DevEvery >= 0, nameof(DevEvery), DevEvery, "must be >= 0 (0 = off)")
        .Check(DevProblems > 0, nameof(DevProblems), DevProblems, "must be > 0")
        .Check(IftRepeat is null or >= 1, nameof(IftRepeat), IftRepeat, "must be >= 1 (or unset: once)")
        .Items;
}
