using Psr.Eval.Metrics;

namespace Psr.Eval.Tests.Metrics;

public sealed class BootstrapTests
{
    private static bool[] Outcomes(int correct, int total) => Enumerable.Range(0, total).Select(k => k < correct).ToArray();

    [Fact]
    public void The_accuracy_interval_brackets_the_accuracy_and_matches_the_normal_approximation()
    {
        // Given 300 correct out of 500
        var outcomes = Outcomes(300, 500);

        // When the 95% bootstrap interval is computed
        var interval = Bootstrap.AccuracyInterval(outcomes);

        // Then it contains 0.6 and its half-width is close to 1.96 * sqrt(p(1-p)/n) ≈ 0.043
        Assert.Equal(0.6, Bootstrap.Accuracy(outcomes));
        Assert.InRange(interval.Low, 0.55, 0.6);
        Assert.InRange(interval.High, 0.6, 0.65);
        Assert.InRange((interval.High - interval.Low) / 2, 0.035, 0.05);
    }

    [Fact]
    public void The_same_seed_gives_the_same_interval()
    {
        // Given one outcome list
        var outcomes = Outcomes(17, 40);

        // When the interval is computed twice with the default seed
        // Then both are identical
        Assert.Equal(Bootstrap.AccuracyInterval(outcomes), Bootstrap.AccuracyInterval(outcomes));
    }

    [Fact]
    public void The_paired_difference_interval_excludes_zero_for_a_clear_improvement_only()
    {
        // Given a model that fixes 60 of 400 items without breaking any, and one that changes nothing
        var before = Outcomes(200, 400);
        var after = Enumerable.Range(0, 400).Select(k => k < 260).ToArray();

        // When paired intervals of the accuracy difference are computed
        var improved = Bootstrap.DifferenceInterval(after, before);
        var unchanged = Bootstrap.DifferenceInterval(before, before);

        // Then the improvement's interval lies above zero around 0.15 and the unchanged one is exactly zero
        Assert.InRange(improved.Low, 0.1, 0.15);
        Assert.InRange(improved.High, 0.15, 0.2);
        Assert.Equal((0.0, 0.0), (unchanged.Low, unchanged.High));
    }

    [Fact]
    public void Paired_lists_must_have_the_same_length()
    {
        // Given lists of different lengths
        // When a paired interval is requested
        // Then it is refused
        Assert.Throws<ArgumentException>(() => Bootstrap.DifferenceInterval(Outcomes(1, 3), Outcomes(1, 4)));
    }

    [Fact]
    public void The_mean_over_seeds_of_a_paired_difference_is_narrower_than_one_seeds_and_centred_on_the_mean()
    {
        // Given three seeds, each a before/after pair on its own 400 items, gaining 10, 15 and 20 points
        var before = Enumerable.Range(0, 400).Select(k => k < 200).ToArray();
        (IReadOnlyList<bool>, IReadOnlyList<bool>) Seed(int gain) => (Enumerable.Range(0, 400).Select(k => k < 200 + gain * 4).ToArray(), before);
        var seeds = new[] { Seed(10), Seed(15), Seed(20) };

        // When the interval of the mean difference is computed, and one seed's own
        var mean = Bootstrap.MeanDifferenceInterval(seeds);
        var single = Bootstrap.DifferenceInterval(seeds[1].Item1, before);

        // Then it lies around the mean gain (0.15) and is narrower than one seed's interval of the same gain
        Assert.InRange(mean.Low, 0.12, 0.15);
        Assert.InRange(mean.High, 0.15, 0.18);
        Assert.True(mean.High - mean.Low < single.High - single.Low);
        Assert.Throws<ArgumentException>(() => Bootstrap.MeanDifferenceInterval([(Outcomes(1, 3), Outcomes(1, 4))]));
    }

    [Fact]
    public void The_paired_interval_of_scores_matches_the_right_or_wrong_one_on_zeros_and_ones()
    {
        // Given the same paired outcomes as booleans and as scores of 0 and 1, and scores of halves
        var before = Outcomes(200, 400);
        var after = Enumerable.Range(0, 400).Select(k => k < 260).ToArray();
        static double[] Scores(bool[] x) => x.Select(b => b ? 1.0 : 0.0).ToArray();
        var halves = Scores(after).Select(v => v / 2).ToArray();

        // When the paired intervals are computed
        var asBooleans = Bootstrap.DifferenceInterval(after, before);
        var asScores = Bootstrap.DifferenceInterval(Scores(after), Scores(before));
        var halved = Bootstrap.DifferenceInterval(halves, new double[400]);

        // Then the two forms agree exactly, and halving the scores halves the interval (0.65 / 2 ± noise)
        Assert.Equal(asBooleans, asScores);
        Assert.InRange(halved.Low, 0.30, 0.325);
        Assert.InRange(halved.High, 0.325, 0.35);
        Assert.Throws<ArgumentException>(() => Bootstrap.DifferenceInterval(new double[3], new double[4]));
    }
}
