namespace Psr.Eval.Metrics;

/// <summary>
/// Accuracy and percentile-bootstrap intervals over per-item correctness; resampling is over items with a seeded
/// generator, so the same results always give the same interval.
/// </summary>
public static class Bootstrap
{
    /// <summary>Fraction of true values (0 for an empty list).</summary>
    public static double Accuracy(IReadOnlyList<bool> correct) =>
        correct.Count == 0 ? 0 : correct.Count(c => c) / (double)correct.Count;

    /// <summary>The bootstrap interval of the accuracy of <paramref name="correct"/>.</summary>
    public static ConfidenceInterval AccuracyInterval(IReadOnlyList<bool> correct, BootstrapOptions? options = null)
    {
        options = (options ?? BootstrapOptions.Default).Validate();
        var values = correct.Select(c => c ? 1.0 : 0.0).ToArray();
        return Percentiles(values, options);
    }

    /// <summary>
    /// The paired bootstrap interval of accuracy(<paramref name="a"/>) − accuracy(<paramref name="b"/>) on the same
    /// items (item i of both lists is the same problem), e.g. a model before and after an iteration.
    /// </summary>
    public static ConfidenceInterval DifferenceInterval(IReadOnlyList<bool> a, IReadOnlyList<bool> b, BootstrapOptions? options = null)
    {
        if (a.Count != b.Count)
            throw new ArgumentException($"paired lists differ in length ({a.Count} vs {b.Count})", nameof(b));
        options = (options ?? BootstrapOptions.Default).Validate();
        var differences = a.Zip(b, (x, y) => (x ? 1.0 : 0.0) - (y ? 1.0 : 0.0)).ToArray();
        return Percentiles(differences, options);
    }

    /// <summary>
    /// The paired bootstrap interval of mean(<paramref name="a"/>) − mean(<paramref name="b"/>) over the same items, for
    /// per-item scores rather than right/wrong: e.g. the share of a judge pair's two orders judged right, so that the
    /// pairs, not the two correlated verdicts of each, are resampled.
    /// </summary>
    public static ConfidenceInterval DifferenceInterval(IReadOnlyList<double> a, IReadOnlyList<double> b, BootstrapOptions? options = null)
    {
        if (a.Count != b.Count)
            throw new ArgumentException($"paired lists differ in length ({a.Count} vs {b.Count})", nameof(b));
        options = (options ?? BootstrapOptions.Default).Validate();
        return Percentiles(a.Zip(b, (x, y) => x - y).ToArray(), options);
    }

    /// <summary>
    /// The interval of the mean over <paramref name="groups"/> of accuracy(A) − accuracy(B), each group paired on its
    /// own items and resampled independently of the others: e.g. M4 − M1 averaged over three seeds, each seed's runs
    /// evaluated on the same test problems.
    /// </summary>
    public static ConfidenceInterval MeanDifferenceInterval(IReadOnlyList<(IReadOnlyList<bool> A, IReadOnlyList<bool> B)> groups,
        BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        options = (options ?? BootstrapOptions.Default).Validate();
        if (groups.Count == 0)
            return new ConfidenceInterval(0, 0, options.Level);
        var differences = groups.Select((g, i) => g.A.Count == g.B.Count && g.A.Count > 0
            ? g.A.Zip(g.B, (x, y) => (x ? 1.0 : 0.0) - (y ? 1.0 : 0.0)).ToArray()
            : throw new ArgumentException($"group {i}: paired lists of {g.A.Count} and {g.B.Count} items", nameof(groups))).ToArray();
        var random = new Random(options.Seed);
        var means = new double[options.Resamples];
        for (var r = 0; r < means.Length; r++)
        {
            var total = 0.0;
            foreach (var values in differences)
            {
                var sum = 0.0;
                for (var k = 0; k < values.Length; k++)
                    sum += values[random.Next(values.Length)];
                total += sum / values.Length;
            }
            means[r] = total / differences.Length;
        }
        return Interval(means, options.Level);
    }

    /// <summary>Percentile interval of the mean of <paramref name="values"/> under resampling.</summary>
    private static ConfidenceInterval Percentiles(double[] values, BootstrapOptions options)
    {
        if (values.Length == 0)
            return new ConfidenceInterval(0, 0, options.Level);
        var random = new Random(options.Seed);
        var means = new double[options.Resamples];
        for (var r = 0; r < means.Length; r++)
        {
            var sum = 0.0;
            for (var k = 0; k < values.Length; k++)
                sum += values[random.Next(values.Length)];
            means[r] = sum / values.Length;
        }
        return Interval(means, options.Level);
    }

    /// <summary>The central <paramref name="level"/> interval of the resampled <paramref name="means"/> (sorted in place).</summary>
    private static ConfidenceInterval Interval(double[] means, double level)
    {
        Array.Sort(means);
        var tail = (1 - level) / 2;
        return new ConfidenceInterval(Quantile(means, tail), Quantile(means, 1 - tail), level);
    }

    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }
}
