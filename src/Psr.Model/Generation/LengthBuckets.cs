namespace Psr.Model.Generation;

/// <summary>
/// Groups prompts of similar length so that a left-padded batch computes few pad tokens: a search tick's judge prompts
/// range from a fresh question to one with five previous steps, and in one batch every row is prefilled (and attends)
/// to the longest. Prompts are sorted by length and cut into buckets of at least <see cref="MinRows"/> rows wherever
/// the next prompt is more than <see cref="Stretch"/> times the bucket's shortest.
/// </summary>
public static class LengthBuckets
{
    /// <summary>Fewest rows (prompts × candidates) in a bucket: smaller batches lose more to per-call overhead than padding costs.</summary>
    public const int MinRows = 32;

    /// <summary>Longest prompt a bucket takes, relative to its shortest.</summary>
    public const double Stretch = 1.15;

    /// <summary>The prompt indexes of each bucket, shortest prompts first; one bucket holding every index when there is nothing to gain.</summary>
    public static IReadOnlyList<int[]> Of(IReadOnlyList<int> lengths, int candidates)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        ArgumentOutOfRangeException.ThrowIfLessThan(candidates, 1);
        var order = Enumerable.Range(0, lengths.Count).OrderBy(i => lengths[i]).ToArray(); // stable: ties keep input order
        var buckets = new List<int[]>();
        var start = 0;
        for (var k = 1; k <= order.Length; k++)
        {
            var full = (k - start) * candidates >= MinRows;
            var restIsSmall = (order.Length - k) * candidates < MinRows; // the tail joins the last bucket
            if (k == order.Length || (full && !restIsSmall && lengths[order[k]] > Stretch * lengths[order[start]]))
            {
                buckets.Add(order[start..k]);
                start = k;
            }
        }
        return buckets;
    }
}
