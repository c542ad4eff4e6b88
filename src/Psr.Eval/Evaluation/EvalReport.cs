using Psr.Eval.Metrics;

namespace Psr.Eval.Evaluation;

/// <summary>Accuracy of a predictions file on one benchmark, with its 95% bootstrap interval and per-item results.</summary>
/// <param name="Benchmark">Benchmark name (or file path for a user JSONL benchmark).</param>
/// <param name="Items">Per-item results in benchmark order.</param>
/// <param name="Interval">Bootstrap interval of the accuracy.</param>
public sealed record EvalReport(string Benchmark, IReadOnlyList<ItemResult> Items, ConfidenceInterval Interval)
{
    /// <summary>Number of benchmark items.</summary>
    public int Count => Items.Count;

    /// <summary>Items graded equal.</summary>
    public int Correct => Items.Count(i => i.Equal);

    /// <summary>Correct / Count.</summary>
    public double Accuracy => Count == 0 ? 0 : Correct / (double)Count;

    /// <summary>Fraction of items with no extracted answer (including missing predictions).</summary>
    public double NoAnswerRate => Count == 0 ? 0 : Items.Count(i => i.Extracted is null) / (double)Count;

    /// <summary>Items the predictions file did not cover.</summary>
    public int Missing => Items.Count(i => i.Missing);

    /// <summary>How many verdicts each why code decided.</summary>
    public IReadOnlyDictionary<string, int> WhyCounts =>
        Items.GroupBy(i => i.Why).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
}
