namespace Psr.Training.Data;

/// <summary>
/// An endless, resumable stream of index batches over epochs: each epoch's order comes from
/// <see cref="LengthBuckets.Plan"/> with the epoch number, so <see cref="Position"/> alone restores the stream.
/// </summary>
public sealed class BatchCursor
{
    private readonly IReadOnlyList<int> _lengths;
    private readonly int _batchSize;
    private readonly int _bucketBatches;
    private readonly long _seed;
    private int[][] _plan;

    public BatchCursor(IReadOnlyList<int> lengths, int batchSize, int bucketBatches, long seed, BatchPosition? start = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(lengths.Count);
        _lengths = lengths;
        _batchSize = batchSize;
        _bucketBatches = bucketBatches;
        _seed = seed;
        Position = start ?? new BatchPosition(0, 0);
        _plan = PlanFor(Position.Epoch);
        if (Position.Batch > _plan.Length)
            throw new ArgumentOutOfRangeException(nameof(start), start, $"epoch has only {_plan.Length} batches");
    }

    /// <summary>Batches in every epoch.</summary>
    public int BatchesPerEpoch => _plan.Length;

    /// <summary>The position of the batch <see cref="Next"/> returns.</summary>
    public BatchPosition Position { get; private set; }

    /// <summary>The next batch of example indices, moving into the next epoch when this one is used up.</summary>
    public int[] Next()
    {
        if (Position.Batch == _plan.Length)
        {
            Position = new BatchPosition(Position.Epoch + 1, 0);
            _plan = PlanFor(Position.Epoch);
        }
        var batch = _plan[Position.Batch];
        Position = Position with { Batch = Position.Batch + 1 };
        return batch;
    }

    private int[][] PlanFor(int epoch) => LengthBuckets.Plan(_lengths, _batchSize, _bucketBatches, _seed, epoch);
}
