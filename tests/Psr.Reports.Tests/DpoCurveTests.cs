using Psr.Training.Dpo;

namespace Psr.Reports.Tests;

public sealed class DpoCurveTests
{
    [Fact]
    public void Curves_keep_the_dpo_loss_margin_and_reward_accuracy_of_every_step_in_order()
    {
        // Given two optimizer steps whose total loss differs from the DPO loss (the chosen-NLL term)
        var history = new[]
        {
            new DpoProgress(1, 2, 0, Loss: 0.9, DpoLoss: 0.69, ChosenNll: 2, RewardAccuracy: 0.5, RewardMargin: 0.01, ChosenReward: 0, RejectedReward: 0, LearningRate: 1e-4, GradNorm: 1),
            new DpoProgress(2, 2, 0, Loss: 0.8, DpoLoss: 0.60, ChosenNll: 2, RewardAccuracy: 0.75, RewardMargin: 0.2, ChosenReward: 0, RejectedReward: 0, LearningRate: 1e-4, GradNorm: 1),
        };

        // When
        var curve = DpoCurve.From(history);

        // Then
        Assert.Equal([1, 2], curve.Steps);
        Assert.Equal([0.69, 0.60], curve.Loss);
        Assert.Equal([0.01, 0.2], curve.RewardMargin);
        Assert.Equal([0.5, 0.75], curve.RewardAccuracy);
    }
}
