using Psr.Training.Data;

namespace Psr.Training.Tests.Data;

public sealed class LengthBucketsTests
{
    private static readonly int[] Lengths = Enumerable.Range(0, 50).Select(i => 3 + i * 7 % 40).ToArray();

    [Theory]
    [InlineData(4, 1)]
    [InlineData(4, 3)]
    [InlineData(7, 8)]
    public void Every_example_appears_exactly_once_per_epoch(int batchSize, int bucketBatches)
    {
        var plan = LengthBuckets.Plan(Lengths, batchSize, bucketBatches, seed: 5, epoch: 0);

        Assert.Equal(Enumerable.Range(0, Lengths.Length), plan.SelectMany(b => b).Order());
        Assert.All(plan, b => Assert.InRange(b.Length, 1, batchSize));
    }

    [Fact]
    public void Same_seed_and_epoch_give_the_same_order_and_other_epochs_differ()
    {
        var a = LengthBuckets.Plan(Lengths, 4, 3, seed: 5, epoch: 1);
        var b = LengthBuckets.Plan(Lengths, 4, 3, seed: 5, epoch: 1);
        var c = LengthBuckets.Plan(Lengths, 4, 3, seed: 5, epoch: 2);
        var d = LengthBuckets.Plan(Lengths, 4, 3, seed: 6, epoch: 1);

        Assert.Equal(Flatten(a), Flatten(b));
        Assert.NotEqual(Flatten(a), Flatten(c));
        Assert.NotEqual(Flatten(a), Flatten(d));
    }

    [Fact]
    public void Bucketing_cuts_padding()
    {
        // Given the same data planned with and without buckets
        int Padding(int[][] plan) => plan.Sum(b => b.Length * b.Max(i => Lengths[i]) - b.Sum(i => Lengths[i]));

        // When
        var plain = Padding(LengthBuckets.Plan(Lengths, 5, 1, seed: 3, epoch: 0));
        var bucketed = Padding(LengthBuckets.Plan(Lengths, 5, 10, seed: 3, epoch: 0));

        // Then: one window of 50 sorted by length pads far less than random batches
        Assert.True(bucketed * 3 < plain, $"bucketed padding {bucketed} vs plain {plain}");
    }

    private static string Flatten(int[][] plan) => string.Join(";", plan.Select(b => string.Join(",", b)));
}
