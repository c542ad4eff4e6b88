using System.Text.Json.Serialization;
using Psr.Roles;

namespace Psr.Pipeline.Stages;

/// <summary>The judge on one EFT test pair in one order (one line of <c>judge.jsonl</c>).</summary>
/// <param name="Index">The pair's index in <c>eft-test.jsonl</c>.</param>
/// <param name="Swapped">False for the stored A/B order, true for B/A.</param>
/// <param name="Expected">The oracle's verdict in this order.</param>
/// <param name="Verdict">The judge's verdict.</param>
public sealed record JudgeRecord(int Index, bool Swapped, JudgeVerdict Expected, JudgeVerdict Verdict)
{
    /// <summary>Whether the verdict matches.</summary>
    [JsonIgnore]
    public bool Correct => Expected == Verdict;

    /// <summary>Whether any of the records holds a verdict. A model trained to score whole solutions (the outcome
    /// baseline's) or too small to have learned the format gives none, and its 0 % is no step-judge accuracy.</summary>
    public static bool AnyVerdict(IEnumerable<JudgeRecord> records) => records.Any(r => r.Verdict != JudgeVerdict.Unparsed);
}
