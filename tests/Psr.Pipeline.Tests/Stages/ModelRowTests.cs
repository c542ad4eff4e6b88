using Psr.Eval.Metrics;
using Psr.Pipeline.Stages;

namespace Psr.Pipeline.Tests.Stages;

public sealed class ModelRowTests
{
    private static ModelEvaluation Evaluation(JudgeSummary? judge) =>
        new("M2", new GreedySummary(2000, 1100, 0.55, new ConfidenceInterval(0.528, 0.572, 0.95), null, 3), judge, null, null);

    [Fact]
    public void A_judge_that_gave_verdicts_is_in_the_row()
    {
        var row = ModelRow.From(Evaluation(new JudgeSummary(500, 0.8, 0.78, 0.79, 0.7, 0.85, Unparsed: 999)));

        Assert.Equal(0.79, row.JudgeAccuracy);
        Assert.Equal(0.7, row.JudgeBothOrders);
    }

    [Fact]
    public void A_model_whose_every_output_was_unparsed_has_no_judge_accuracy_instead_of_zero()
    {
        // Given the outcome baseline's model: 500 pairs in both orders, no output with a step verdict
        var row = ModelRow.From(Evaluation(new JudgeSummary(500, 0, 0, 0, 0, 0, Unparsed: 1000)));

        // Then the summary shows no judge, as for a model whose judge was not measured
        Assert.Null(row.JudgeAccuracy);
        Assert.Null(row.JudgeBothOrders);
        Assert.Null(ModelRow.From(Evaluation(null)).JudgeAccuracy);
    }
}
