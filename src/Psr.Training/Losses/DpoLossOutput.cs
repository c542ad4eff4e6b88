using static TorchSharp.torch;

namespace Psr.Training.Losses;

/// <summary>The sigmoid DPO loss and its diagnostics; only <see cref="Loss"/> carries gradient.</summary>
/// <param name="Loss">Mean −log σ(β·(Δpolicy − Δreference)), a scalar.</param>
/// <param name="ChosenRewards">β·(log π(chosen) − log π_ref(chosen)) per pair (B), detached.</param>
/// <param name="RejectedRewards">β·(log π(rejected) − log π_ref(rejected)) per pair (B), detached.</param>
/// <param name="RewardAccuracy">Fraction of pairs whose chosen reward exceeds the rejected one, a scalar.</param>
/// <param name="RewardMargin">Mean chosen − rejected reward, a scalar.</param>
public sealed record DpoLossOutput(
    Tensor Loss, Tensor ChosenRewards, Tensor RejectedRewards, Tensor RewardAccuracy, Tensor RewardMargin);
