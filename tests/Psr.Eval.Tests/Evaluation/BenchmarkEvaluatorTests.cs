using Psr.Core.Errors;
using Psr.Eval.Benchmarks;
using Psr.Eval.Evaluation;

namespace Psr.Eval.Tests.Evaluation;

public sealed class BenchmarkEvaluatorTests
{
    private static readonly BenchmarkItem[] Items =
    [
        new("a", "q1", "\\frac{1}{2}"),
        new("b", "q2", "27.0"),
        new("c", "q3", "$(1,2)$"),
        new("d", "q4", "0.5", AbsoluteTolerance: 0.1),
    ];

    [Fact]
    public void Accuracy_no_answer_rate_and_missing_items_are_reported()
    {
        // Given predictions for three of four items: one right, one without an answer, one within the item tolerance
        var predictions = new[]
        {
            new Prediction("a", "so \\boxed{0.5}"),
            new Prediction("b", "I give up"),
            new Prediction("d", null, "0.55"),
        };

        // When evaluated
        var report = new BenchmarkEvaluator().Evaluate("toy", Items, predictions);

        // Then the counts follow the per-item verdicts
        Assert.Equal((4, 2, 0.5), (report.Count, report.Correct, report.Accuracy));
        Assert.Equal(0.5, report.NoAnswerRate);
        Assert.Equal(1, report.Missing);
        Assert.Equal(["numeric", "no-answer", "no-answer", "numeric"], report.Items.Select(i => i.Why));
        Assert.True(report.Interval.Low <= 0.5 && report.Interval.High >= 0.5);
    }

    [Fact]
    public void A_prediction_for_an_unknown_item_is_an_error()
    {
        // Given a prediction whose id is not in the benchmark
        var predictions = new[] { new Prediction("zzz", "\\boxed{1}") };

        // When evaluated
        var error = Assert.Throws<PsrException>(() => new BenchmarkEvaluator().Evaluate("toy", Items, predictions));

        // Then the error names the id
        Assert.Contains("'zzz'", error.Message);
    }

    [Fact]
    public void The_report_renders_as_json_and_as_a_markdown_table()
    {
        // Given a report
        var report = new BenchmarkEvaluator().Evaluate("toy", Items, [new Prediction("c", "\\boxed{(1, 2)}")]);

        // When rendered
        var json = EvalReportWriter.ToJson(report);
        var markdown = EvalReportWriter.ToMarkdown(report);

        // Then both carry the accuracy, its interval and one entry per item
        Assert.Equal(0.25, (double)json["accuracy"]!);
        Assert.Equal(2, json["ci95"]!.AsArray().Count);
        Assert.Equal(4, json["items"]!.AsArray().Count);
        Assert.Contains("| c | $(1,2)$ | (1, 2) | yes | normalized |", markdown);
        Assert.Contains("accuracy: 25.00 %", markdown);
    }
}
