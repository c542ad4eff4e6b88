namespace Psr.Training.Dpo;

/// <summary>One Step-DPO optimizer step, as reported to progress callbacks and kept for plots.</summary>
/// <param name="Step">Optimizer steps completed (1-based).</param>
/// <param name="TotalSteps">Steps the round will take.</param>
/// <param name="Epoch">0-based epoch of the step's batch.</param>
/// <param name="Loss">Total loss: DPO plus α·NLL.</param>
/// <param name="DpoLoss">The sigmoid DPO part.</param>
/// <param name="ChosenNll">Per-token NLL of the chosen steps (computed even when α = 0).</param>
/// <param name="RewardAccuracy">Fraction of pairs with chosen reward above rejected reward; null with no preference term (no reference is scored).</param>
/// <param name="RewardMargin">Mean chosen − rejected implicit reward; null with no preference term.</param>
/// <param name="ChosenReward">Mean implicit reward of the chosen steps; null with no preference term.</param>
/// <param name="RejectedReward">Mean implicit reward of the rejected steps; null with no preference term.</param>
/// <param name="LearningRate">Learning rate used by the step.</param>
/// <param name="GradNorm">Global gradient L2 norm before clipping.</param>
public sealed record DpoProgress(
    int Step, int TotalSteps, int Epoch, double Loss, double DpoLoss, double ChosenNll, double? RewardAccuracy,
    double? RewardMargin, double? ChosenReward, double? RejectedReward, double LearningRate, double GradNorm)
{
    /// <summary>Mean per-token log-prob of the chosen steps under the policy (before the step's update).</summary>
    public double ChosenLogProb { get; init; }

    /// <summary>Mean per-token log-prob of the rejected steps under the policy (before the step's update); null with no preference term, which never reads them.</summary>
    public double? RejectedLogProb { get; init; }

    /// <summary>Per-token NLL of the replayed seed examples (0 without replay).</summary>
    public double ReplayNll { get; init; }
}
