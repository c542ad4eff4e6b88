namespace Psr.Bench.Engine;

/// <summary>Order statistics for a handful of rounds.</summary>
internal static class Statistics
{
    /// <summary>The median (mean of the middle two for an even count).</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
            throw new ArgumentException("no values", nameof(values));
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Model FLOP utilisation: 6 · params · tokens/s (forward + backward, attention not counted) / peak.</summary>
    public static double Mfu(long parameters, double tokensPerSecond, double peakGflops) =>
        6.0 * parameters * tokensPerSecond / (peakGflops * 1e9);
}
