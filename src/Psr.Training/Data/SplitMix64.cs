namespace Psr.Training.Data;

/// <summary>
/// A tiny seeded generator (SplitMix64) for data order. Hand-written rather than <see cref="Random"/> because a
/// checkpoint must reproduce the same order on any .NET version, which <see cref="Random"/>'s seeded sequence does
/// not promise. A value type with no hidden state: the order is a pure function of (seed, stream).
/// </summary>
public struct SplitMix64
{
    private ulong _state;

    /// <summary>A generator for <paramref name="seed"/>; distinct <paramref name="stream"/>s give unrelated sequences.</summary>
    public SplitMix64(long seed, long stream = 0)
    {
        _state = (ulong)seed ^ ((ulong)stream * 0xD1B54A32D192ED03UL);
        _ = Next(); // decorrelate nearby seeds
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="bound"/>) (multiply-shift; bias below 2^-32 for the sizes used here).</summary>
    public int NextBelow(int bound) => (int)((UInt128)Next() * (ulong)bound >> 64);

    /// <summary>Fisher–Yates shuffle of <paramref name="items"/> in place.</summary>
    public void Shuffle<T>(T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextBelow(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
