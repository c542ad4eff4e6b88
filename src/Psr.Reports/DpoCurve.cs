using Psr.Training.Dpo;

namespace Psr.Reports;

/// <summary>One round's step-DPO curves (<c>history.jsonl</c>), one value per optimizer step.</summary>
/// <param name="Steps">Optimizer step numbers.</param>
/// <param name="Loss">DPO loss per step.</param>
/// <param name="RewardMargin">Chosen minus rejected implicit reward per step.</param>
/// <param name="RewardAccuracy">Share of pairs whose chosen reward beats the rejected one, per step.</param>
public sealed record DpoCurve(IReadOnlyList<int> Steps, IReadOnlyList<double> Loss, IReadOnlyList<double> RewardMargin, IReadOnlyList<double> RewardAccuracy)
{
    /// <summary>Mean per-token policy log-prob of the chosen steps, per step (a falling line is DPO's known failure on near-identical pairs).</summary>
    public IReadOnlyList<double> ChosenLogProb { get; init; } = [];

    /// <summary>Mean per-token policy log-prob of the rejected steps, per step.</summary>
    public IReadOnlyList<double> RejectedLogProb { get; init; } = [];

    /// <summary>The curves of one history.</summary>
    public static DpoCurve From(IReadOnlyList<DpoProgress> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new DpoCurve(history.Select(h => h.Step).ToList(), history.Select(h => h.DpoLoss).ToList(),
            history.Select(h => h.RewardMargin).ToList(), history.Select(h => h.RewardAccuracy).ToList())
        {
            ChosenLogProb = history.Select(h => h.ChosenLogProb).ToList(),
            RejectedLogProb = history.Select(h => h.RejectedLogProb).ToList(),
        };
    }
}
