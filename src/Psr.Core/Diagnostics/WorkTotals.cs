namespace Psr.Core.Diagnostics;

/// <summary>
/// Work a stage's hot loops did (recorded by <see cref="WorkMeter"/>) and the wall time spent inside them; a stage
/// manifest carries one, summed over the attempts that reached an end, like its seconds.
/// </summary>
/// <param name="TrainTokens">Tokens through forward + backward (padded batch size × length: the compute done).</param>
/// <param name="TrainFlops">6 · parameters · tokens of those passes (attention not counted), the MFU numerator.</param>
/// <param name="TrainSeconds">Wall seconds inside the training steps.</param>
/// <param name="SampledTokens">Tokens generated (every sampled token, EOS and stop tokens included).</param>
/// <param name="PrefillTokens">Prompt tokens prefilled (padded prompts × length).</param>
/// <param name="DecodeSlots">Rows computed over all decoding steps; sampled / slots is the batch's fill.</param>
/// <param name="SampleSeconds">Wall seconds during which a generation call ran (overlapping calls of search lanes count once).</param>
/// <param name="JudgeCalls">Comparisons judged by a model (an oracle's verdicts are free and not counted).</param>
public sealed record WorkTotals(
    long TrainTokens = 0, double TrainFlops = 0, double TrainSeconds = 0,
    long SampledTokens = 0, long PrefillTokens = 0, long DecodeSlots = 0, double SampleSeconds = 0,
    long JudgeCalls = 0)
{
    /// <summary>No work.</summary>
    public static WorkTotals None { get; } = new();

    /// <summary>Whether nothing was recorded.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => this == None;

    /// <summary>The sum of two totals (attempts of one stage).</summary>
    public WorkTotals Plus(WorkTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(TrainTokens + other.TrainTokens, TrainFlops + other.TrainFlops, TrainSeconds + other.TrainSeconds,
            SampledTokens + other.SampledTokens, PrefillTokens + other.PrefillTokens, DecodeSlots + other.DecodeSlots,
            SampleSeconds + other.SampleSeconds, JudgeCalls + other.JudgeCalls);
    }
}
