namespace Psr.Model.Generation;

/// <summary>
/// A per-row uniform stream (SplitMix64): tiny, stateless beyond one word, and identical on every platform, which
/// <see cref="System.Random"/> does not promise for 64-bit seeds. One instance per candidate row.
/// </summary>
internal sealed class RowRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The stream for candidate <paramref name="candidate"/> of a prompt seeded with <paramref name="seed"/>.</summary>
    public static RowRandom For(ulong seed, int candidate) => new(Mix(seed ^ Mix((ulong)candidate + 0x632BE59BD9B4E019UL)));

    /// <summary>A uniform double in [0, 1) from the top 53 bits.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    private ulong Next() => Mix(_state += 0x9E3779B97F4A7C15UL);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
