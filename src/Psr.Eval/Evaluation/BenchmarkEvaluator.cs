using Psr.Core.Errors;
using Psr.Eval.Benchmarks;
using Psr.Eval.Extraction;
using Psr.Eval.Grading;
using Psr.Eval.Metrics;

namespace Psr.Eval.Evaluation;

/// <summary>Grades predictions against a benchmark's gold answers and summarises them in an <see cref="EvalReport"/>.</summary>
public sealed class BenchmarkEvaluator(AnswerGrader grader, ExtractOptions extractOptions, BootstrapOptions bootstrapOptions)
{
    /// <summary>An evaluator with default grading, extraction and bootstrap options.</summary>
    public BenchmarkEvaluator() : this(new AnswerGrader(), ExtractOptions.Default, BootstrapOptions.Default) { }

    /// <summary>
    /// Grades <paramref name="predictions"/> against <paramref name="items"/>. An item without a prediction counts as
    /// wrong (no-answer, <c>Missing</c>); a prediction whose id is not in the benchmark is an error.
    /// </summary>
    public EvalReport Evaluate(string benchmark, IReadOnlyList<BenchmarkItem> items, IReadOnlyList<Prediction> predictions)
    {
        var byId = items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var predicted = new Dictionary<string, Prediction>(StringComparer.Ordinal);
        foreach (var p in predictions)
        {
            if (!byId.Contains(p.Id))
                throw new PsrException($"prediction id '{p.Id}' is not an item of benchmark {benchmark}");
            if (!predicted.TryAdd(p.Id, p))
                throw new PsrException($"prediction id '{p.Id}' appears more than once");
        }
        var results = items.Select(item => Grade(item, predicted.GetValueOrDefault(item.Id))).ToArray();
        var interval = Bootstrap.AccuracyInterval(results.Select(r => r.Equal).ToArray(), bootstrapOptions);
        return new EvalReport(benchmark, results, interval);
    }

    private ItemResult Grade(BenchmarkItem item, Prediction? prediction)
    {
        if (prediction is null)
            return new ItemResult(item.Id, item.Answer, null, false, GradeReason.NoAnswer.ToWire(), ExtractionRule.None, Missing: true);
        var extracted = prediction.Output is { } output
            ? AnswerExtractor.ExtractWithRule(output, extractOptions)
            : new ExtractedAnswer(prediction.Answer, ExtractionRule.None);
        var itemGrader = item.AbsoluteTolerance is { } tolerance
            ? new AnswerGrader(grader.Options with { AbsoluteTolerance = tolerance })
            : grader;
        var verdict = itemGrader.Grade(extracted.Answer, item.Answer);
        return new ItemResult(item.Id, item.Answer, extracted.Answer, verdict.Equal, verdict.Why, extracted.Rule, Missing: false);
    }
}
