namespace Psr.Training.Data;

/// <summary>
/// Batches of example indices for one epoch with similar lengths grouped to cut padding: shuffle all indices, sort
/// each window of <c>batchSize × bucketBatches</c> by length, cut it into batches, then shuffle the batch order. A pure
/// function of (lengths, sizes, seed, epoch), so a resumed run rebuilds the same order from its position alone.
/// </summary>
public static class LengthBuckets
{
    /// <summary>
    /// The epoch's batches. <paramref name="bucketBatches"/> = 1 turns bucketing off (plain shuffled batches). The last
    /// batch of a window may be smaller than <paramref name="batchSize"/>.
    /// </summary>
    public static int[][] Plan(IReadOnlyList<int> lengths, int batchSize, int bucketBatches, long seed, int epoch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(bucketBatches, 1);
        var rng = new SplitMix64(seed, epoch);
        var order = Enumerable.Range(0, lengths.Count).ToArray();
        rng.Shuffle(order);
        var batches = new List<int[]>();
        foreach (var window in order.Chunk(batchSize * bucketBatches))
        {
            // Stable sort keeps the shuffled order among equal lengths.
            var sorted = window.OrderBy(i => lengths[i]).ToArray();
            batches.AddRange(sorted.Chunk(batchSize));
        }
        var plan = batches.ToArray();
        rng.Shuffle(plan);
        return plan;
    }
}
