using Psr.Reports.Comparisons;

namespace Psr.Reports.Tests;

public sealed class MeanSpreadTests
{
    [Theory]
    [InlineData(new double[] { 0.2, 0.4, 0.6 }, 3, 0.4, 0.2)]
    [InlineData(new double[] { 0.5 }, 1, 0.5, 0.0)]
    [InlineData(new double[] { }, 0, 0.0, 0.0)]
    [InlineData(new double[] { 1, 1, 1, 1 }, 4, 1.0, 0.0)]
    public void Mean_and_sample_standard_deviation(double[] values, int runs, double mean, double sd)
    {
        // Given / When
        var s = MeanSpread.Of(values.Select(v => (double?)v));

        // Then
        Assert.Equal(runs, s.Runs);
        Assert.Equal(mean, s.Mean, 12);
        Assert.Equal(sd, s.StandardDeviation, 12);
    }

    [Fact]
    public void Runs_without_the_metric_are_left_out()
    {
        // Given / When
        var s = MeanSpread.Of([0.3, null, 0.5]);

        // Then
        Assert.Equal(2, s.Runs);
        Assert.Equal(0.4, s.Mean, 12);
    }
}
