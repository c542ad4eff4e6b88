using Psr.Training.Dpo;

namespace Psr.Reports.Tests;

public sealed class DpoCurveTests(TinyReportRun run) : IClassFixture<TinyReportRun>
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

    [Fact]
    public void An_update_with_no_preference_term_has_no_margin_or_rejected_curve_and_the_report_still_renders()
    {
        // Given an NLL-only update's history: no reference was scored and the rejected steps were never read
        var history = new[]
        {
            new DpoProgress(1, 2, 0, Loss: 1.9, DpoLoss: 0, ChosenNll: 1.2, RewardAccuracy: null, RewardMargin: null, ChosenReward: null, RejectedReward: null, LearningRate: 1e-4, GradNorm: 1) { ChosenLogProb = -1.2 },
            new DpoProgress(2, 2, 0, Loss: 1.5, DpoLoss: 0, ChosenNll: 1.0, RewardAccuracy: null, RewardMargin: null, ChosenReward: null, RejectedReward: null, LearningRate: 1e-4, GradNorm: 1) { ChosenLogProb = -1.0 },
        };

        // When it is a round of the tiny run's report
        var curve = DpoCurve.From(history);
        var report = run.Report with { Models = [.. run.Report.Models.Select(m => m.Dpo is null ? m : m with { Dpo = curve })] };

        // Then the margin, accuracy and rejected curves are empty (not zeros), the chosen curve is kept, and every view renders
        Assert.Empty(curve.RewardMargin);
        Assert.Empty(curve.RewardAccuracy);
        Assert.Empty(curve.RejectedLogProb);
        Assert.Equal([-1.2, -1.0], curve.ChosenLogProb);
        Assert.Contains("| 0.00 / – |", ReportMarkdown.Render(report), StringComparison.Ordinal);
        Assert.Contains("chosen", ReportPlots.DpoLogProbs(report), StringComparison.Ordinal);
        Assert.DoesNotContain("rejected</", ReportPlots.DpoLogProbs(report), StringComparison.Ordinal);
        Assert.Contains("<svg", ReportPlots.DpoMargin(report), StringComparison.Ordinal);
        Assert.Contains(" / –</td>", ReportHtml.Render(report, []), StringComparison.Ordinal);
    }
}
