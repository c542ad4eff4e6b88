using Psr.Model.Generation;

namespace Psr.Model.Tests.Generation;

public sealed class LengthBucketsTests
{
    [Fact]
    public void Short_and_long_prompts_go_to_separate_buckets_each_sorted_by_length()
    {
        // Given 40 short and 40 long prompts, interleaved
        var lengths = Enumerable.Range(0, 80).Select(i => i % 2 == 0 ? 20 + i % 3 : 100).ToList();

        // When bucketed for one candidate each
        var buckets = LengthBuckets.Of(lengths, candidates: 1);

        // Then the short ones form one bucket and the long ones another, every index exactly once
        Assert.Equal(2, buckets.Count);
        Assert.All(buckets[0], i => Assert.True(lengths[i] < 30));
        Assert.All(buckets[1], i => Assert.Equal(100, lengths[i]));
        Assert.Equal(Enumerable.Range(0, 80), buckets.SelectMany(b => b).Order());
    }

    [Theory]
    [InlineData(20, 1)] // fewer rows than one bucket holds
    [InlineData(6, 5)] // 6 prompts x 5 candidates = 30 rows
    public void Too_few_rows_stay_one_bucket_in_input_order(int prompts, int candidates)
    {
        var lengths = Enumerable.Range(0, prompts).Select(i => 5 + 20 * (i % 4)).ToList();

        var buckets = LengthBuckets.Of(lengths, candidates);

        Assert.Single(buckets);
        Assert.Equal(prompts, buckets[0].Length);
    }

    [Fact]
    public void Every_bucket_holds_at_least_the_minimum_rows_and_a_narrow_range_of_lengths()
    {
        // Given 500 prompts of lengths 40..199 and six candidates each (the policy's shape)
        var random = new Random(3);
        var lengths = Enumerable.Range(0, 500).Select(_ => random.Next(40, 200)).ToList();

        // When bucketed
        var buckets = LengthBuckets.Of(lengths, candidates: 6);

        // Then each bucket has the minimum rows, and past its first MinRows rows no prompt is longer than Stretch x its shortest
        Assert.True(buckets.Count > 3);
        Assert.All(buckets, b => Assert.True(b.Length * 6 >= LengthBuckets.MinRows));
        foreach (var b in buckets.Take(buckets.Count - 1))
        {
            var sorted = b.Select(i => lengths[i]).ToList();
            Assert.Equal(sorted.Order(), sorted);
            var mustFit = sorted.Skip((LengthBuckets.MinRows + 5) / 6);
            Assert.All(mustFit, len => Assert.True(len <= LengthBuckets.Stretch * sorted[0]));
        }
        Assert.Equal(Enumerable.Range(0, 500), buckets.SelectMany(b => b).Order());
    }
}
