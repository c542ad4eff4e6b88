using Psr.Eval.Metrics;

namespace Psr.Pipeline.Metrics;

/// <summary>A proportion with its count and, when computed, a 95 % bootstrap interval.</summary>
/// <param name="Hits">Items that count.</param>
/// <param name="Total">Items.</param>
/// <param name="Value">Hits / Total (0 when empty).</param>
/// <param name="Low">Interval low, or null.</param>
/// <param name="High">Interval high, or null.</param>
public sealed record Rate(int Hits, int Total, double Value, double? Low = null, double? High = null)
{
    /// <summary>A plain rate.</summary>
    public static Rate Of(int hits, int total) => new(hits, total, total == 0 ? 0 : hits / (double)total);

    /// <summary>An accuracy with its percentile-bootstrap interval.</summary>
    public static Rate WithInterval(IReadOnlyList<bool> correct)
    {
        var ci = Bootstrap.AccuracyInterval(correct);
        return new Rate(correct.Count(c => c), correct.Count, Bootstrap.Accuracy(correct), ci.Low, ci.High);
    }

    /// <inheritdoc />
    public override string ToString() => Low is null
        ? $"{100 * Value:F1}% ({Hits}/{Total})"
        : $"{100 * Value:F1}% ({Hits}/{Total}, 95% CI {100 * Low:F1}..{100 * High:F1})";
}
