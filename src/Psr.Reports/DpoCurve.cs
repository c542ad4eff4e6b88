using Psr.Training.Dpo;

namespace Psr.Reports;

/// <summary>One round's step-DPO curves (<c>history.jsonl</c>), one value per optimizer step.</summary>
/// <param name="Steps">Optimizer step numbers.</param>
/// <param name="Loss">DPO loss per step.</param>
/// <param name="RewardMargin">Chosen minus rejected implicit reward per step; empty for an update with no preference term.</param>
/// <param name="RewardAccuracy">Share of pairs whose chosen reward beats the rejected one, per step; empty for an update with no preference term.</param>
public sealed record DpoCurve(IReadOnlyList<int> Steps, IReadOnlyList<double> Loss, IReadOnlyList<double> RewardMargin, IReadOnlyList<double> RewardAccuracy)
{
    /// <summary>Mean per-token policy log-prob of the chosen steps, per step (a falling line is DPO's known failure on near-identical pairs).</summary>
    public IReadOnlyList<double> ChosenLogProb { get; init; } = [];

    /// <summary>Mean per-token policy log-prob of the rejected steps, per step; empty for an update with no preference term.</summary>
    public IReadOnlyList<double> RejectedLogProb { get; init; } = [];

    /// <summary>The curves of one history.</summary>
    public static DpoCurve From(IReadOnlyList<DpoProgress> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new DpoCurve(history.Select(h => h.Step).ToList(), history.Select(h => h.DpoLoss).ToList(),
            Whole(history, h => h.RewardMargin), Whole(history, h => h.RewardAccuracy))
        {
            ChosenLogProb = history.Select(h => h.ChosenLogProb).ToList(),
            RejectedLogProb = Whole(history, h => h.RejectedLogProb),
        };
    }

    // A curve with a value at every step, or none (an update that never computed it).
    private static List<double> Whole(IReadOnlyList<DpoProgress> history, Func<DpoProgress, double?> value) =>
        history.All(h => value(h) is not null) ? history.Select(h => value(h)!.Value).ToList() : [];
}
