namespace Psr.Training.Data;

/// <summary>Where a trainer is in its data: the epoch and the next batch within that epoch's plan.</summary>
/// <param name="Epoch">0-based epoch.</param>
/// <param name="Batch">0-based index of the next batch in the epoch's <see cref="LengthBuckets.Plan"/>.</param>
public sealed record BatchPosition(int Epoch, int Batch);
