using Psr.Model.Qwen2;
using static TorchSharp.torch;

namespace Psr.Model.Generation;

/// <summary>
/// Per-layer key/value cache, preallocated as (B, KV, capacity, hd) and filled in place, so a decoding step writes
/// one slice instead of re-concatenating the whole past. Rows share one length: ragged batches are left-padded.
/// Owns its tensors (outside any dispose scope); dispose it when generation ends.
/// </summary>
public sealed class KvCache : IDisposable
{
    private readonly Tensor[] _keys;
    private readonly Tensor[] _values;

    public KvCache(Qwen2Config config, long batchSize, long capacity, Device device, ScalarType dtype)
    {
        if (capacity > config.MaxPositionEmbeddings)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity,
                $"exceeds max_position_embeddings ({config.MaxPositionEmbeddings})");
        Capacity = capacity;
        _keys = new Tensor[config.NumHiddenLayers];
        _values = new Tensor[config.NumHiddenLayers];
        for (var i = 0; i < _keys.Length; i++)
        {
            _keys[i] = zeros([batchSize, config.NumKeyValueHeads, capacity, config.HeadDim], dtype, device).DetachFromDisposeScope();
            _values[i] = zeros([batchSize, config.NumKeyValueHeads, capacity, config.HeadDim], dtype, device).DetachFromDisposeScope();
        }
        BatchSize = batchSize;
    }

    /// <summary>Positions filled so far (the same for every row).</summary>
    public long Length { get; private set; }

    /// <summary>Most positions the cache can hold.</summary>
    public long Capacity { get; }

    /// <summary>Rows (sequences) in the cache.</summary>
    public long BatchSize { get; private set; }

    /// <summary>
    /// Writes this pass's k, v (B, KV, T, hd) for <paramref name="layer"/> after the past and returns views of the
    /// whole filled range (B, KV, Length + T, hd). <see cref="Advance"/> moves the length once all layers ran.
    /// </summary>
    public (Tensor Keys, Tensor Values) Append(int layer, Tensor k, Tensor v)
    {
        var t = k.shape[2];
        if (Length + t > Capacity)
            throw new InvalidOperationException($"KV cache full: {Length} + {t} > capacity {Capacity}");
        using (no_grad())
        {
            _keys[layer].narrow(2, Length, t).copy_(k);
            _values[layer].narrow(2, Length, t).copy_(v);
        }
        return (_keys[layer].narrow(2, 0, Length + t), _values[layer].narrow(2, 0, Length + t));
    }

    /// <summary>Marks <paramref name="count"/> more positions as filled.</summary>
    public void Advance(long count) => Length += count;

    /// <summary>
    /// Replaces the rows by <paramref name="rows"/> (int64 indices into the current rows): repeats a shared prefix
    /// for w candidates (0,0,…,1,1,…) or drops finished sequences.
    /// </summary>
    public void Reorder(Tensor rows)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            _keys[i] = Replace(_keys[i], rows);
            _values[i] = Replace(_values[i], rows);
        }
        BatchSize = rows.shape[0];
    }

    private static Tensor Replace(Tensor old, Tensor rows)
    {
        var fresh = old.index_select(0, rows).DetachFromDisposeScope();
        old.Dispose();
        return fresh;
    }

    public void Dispose()
    {
        foreach (var t in _keys.Concat(_values))
            t.Dispose();
    }
}
