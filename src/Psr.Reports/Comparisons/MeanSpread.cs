namespace Psr.Reports.Comparisons;

/// <summary>
/// Mean and sample standard deviation of one metric over runs (seeds). Two lines of arithmetic: not worth a
/// statistics package.
/// </summary>
/// <param name="Runs">Runs with a value.</param>
/// <param name="Mean">Their mean (0 when none).</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1; 0 for fewer than two runs).</param>
/// <param name="Min">Smallest value (0 when none).</param>
/// <param name="Max">Largest value (0 when none).</param>
public sealed record MeanSpread(int Runs, double Mean, double StandardDeviation, double Min, double Max)
{
    /// <summary>The spread of <paramref name="values"/> (nulls skipped: runs that did not measure it).</summary>
    public static MeanSpread Of(IEnumerable<double?> values)
    {
        var xs = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        if (xs.Count == 0)
            return new MeanSpread(0, 0, 0, 0, 0);
        var mean = xs.Average();
        var sd = xs.Count < 2 ? 0 : Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / (xs.Count - 1));
        return new MeanSpread(xs.Count, mean, sd, xs.Min(), xs.Max());
    }
}
