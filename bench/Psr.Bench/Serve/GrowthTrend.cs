namespace Psr.Bench.Serve;

/// <summary>
/// Whether resident memory still grows: the least-squares slope of RSS over the second half of the load phase
/// (the first half may still be filling allocator caches), in MiB per minute.
/// </summary>
internal sealed record GrowthTrend(double SlopeMiBPerMinute, int Samples, double FromSeconds, double ToSeconds)
{
    /// <summary>The trend of <paramref name="load"/> samples (in time order) over their second half.</summary>
    public static GrowthTrend SecondHalf(IReadOnlyList<MemorySample> load)
    {
        if (load.Count < 2)
            return new GrowthTrend(double.NaN, load.Count, double.NaN, double.NaN);
        var mid = (load[0].Seconds + load[^1].Seconds) / 2;
        var half = load.Where(s => s.Seconds >= mid).ToList();
        return new GrowthTrend(Slope(half.Select(s => (s.Seconds / 60, MemorySample.Mi(s.Resident))).ToList()), half.Count,
            half[0].Seconds, half[^1].Seconds);
    }

    /// <summary>Ordinary least-squares slope of y over x; NaN for fewer than two distinct x.</summary>
    public static double Slope(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count < 2)
            return double.NaN;
        var mx = points.Average(p => p.X);
        var my = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - mx) * (p.X - mx));
        return sxx == 0 ? double.NaN : points.Sum(p => (p.X - mx) * (p.Y - my)) / sxx;
    }
}
