using System.Text.Json.Serialization;

namespace Psr.Roles;

/// <summary>
/// The judge's answer to one <see cref="StepComparison"/>. Unparseable output is data: <see cref="JudgeVerdict.Unparsed"/>
/// with the raw text kept, never a null.
/// </summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="LabelA">The judge's own right/wrong label for candidate A, when its format gives one.</param>
/// <param name="LabelB">The judge's own right/wrong label for candidate B, when its format gives one.</param>
/// <param name="Raw">The judge's raw output (explanation and verdict).</param>
public sealed record StepJudgment(JudgeVerdict Verdict, StepCorrectness LabelA, StepCorrectness LabelB, string Raw)
{
    /// <summary>True when a verdict was recognised.</summary>
    [JsonIgnore]
    public bool Parsed => Verdict != JudgeVerdict.Unparsed;

    /// <summary>The same judgment seen with A and B swapped (used when one order is judged and mirrored).</summary>
    public StepJudgment Mirrored() => this with
    {
        Verdict = Verdict switch { JudgeVerdict.A => JudgeVerdict.B, JudgeVerdict.B => JudgeVerdict.A, var v => v },
        LabelA = LabelB,
        LabelB = LabelA,
    };

    /// <summary>A judgment for two identical texts: a tie, never sent to the judge.</summary>
    public static StepJudgment IdenticalTie { get; } = new(JudgeVerdict.Tie, StepCorrectness.Unknown, StepCorrectness.Unknown, "");
}
