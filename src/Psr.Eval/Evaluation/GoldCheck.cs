using Psr.Eval.Benchmarks;

namespace Psr.Eval.Evaluation;

/// <summary>
/// Self-check of extraction + grading on the data: each item's gold solution is used as the prediction, its answer
/// extracted and graded against the gold answer. Items without a solution are skipped.
/// </summary>
public static class GoldCheck
{
    /// <summary>The report of grading every gold solution of <paramref name="items"/> against its gold answer.</summary>
    public static EvalReport Run(string benchmark, IReadOnlyList<BenchmarkItem> items, BenchmarkEvaluator? evaluator = null)
    {
        var withSolutions = items.Where(i => i.Solution is not null).ToArray();
        var predictions = withSolutions.Select(i => new Prediction(i.Id, i.Solution)).ToArray();
        return (evaluator ?? new BenchmarkEvaluator()).Evaluate(benchmark + " (gold check)", withSolutions, predictions);
    }
}
