namespace Psr.Training.Data;

/// <summary>
/// Cuts one batch into micro-batches of similar length: sort the batch's examples by length, then cut into
/// <c>parts</c> runs. The optimizer step still sees the whole batch (its gradients are summed with the loss normalised
/// over the batch's tokens), so a batch that mixes short and long examples costs little more padding than a bucketed
/// one while its gradient stays that of the mixed batch.
/// </summary>
public static class LengthSplit
{
    /// <summary>
    /// The micro-batches of <paramref name="batch"/> (example indices into <paramref name="lengths"/>), shortest first;
    /// at most <paramref name="parts"/>, none empty. A stable sort keeps the batch's order among equal lengths.
    /// </summary>
    public static int[][] Split(int[] batch, IReadOnlyList<int> lengths, int parts)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(lengths);
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        if (parts == 1 || batch.Length <= 1)
            return [batch];
        var size = (batch.Length + parts - 1) / parts;
        return batch.OrderBy(i => lengths[i]).Chunk(size).ToArray();
    }
}
