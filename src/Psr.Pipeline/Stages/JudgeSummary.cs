using System.Text.Json.Serialization;

namespace Psr.Pipeline.Stages;

/// <summary>Judge accuracy on the EFT test pairs, each judged in both orders.</summary>
/// <param name="Pairs">Pairs.</param>
/// <param name="AccuracyAB">Verdict right in the stored order.</param>
/// <param name="AccuracyBA">Verdict right in the swapped order.</param>
/// <param name="Accuracy">Over both orders.</param>
/// <param name="BothOrdersRight">Pairs right in both orders.</param>
/// <param name="OrderConsistency">Pairs whose two verdicts agree once the swap is undone (right or not).</param>
/// <param name="Unparsed">Outputs with no verdict.</param>
public sealed record JudgeSummary(int Pairs, double AccuracyAB, double AccuracyBA, double Accuracy, double BothOrdersRight, double OrderConsistency, int Unparsed)
{
    /// <summary>Whether any of the 2 × <see cref="Pairs"/> outputs held a verdict (see <see cref="JudgeRecord.AnyVerdict"/>).</summary>
    [JsonIgnore]
    public bool GaveVerdicts => Unparsed < 2 * Pairs;
}
