namespace Psr.World.Splits;

/// <summary>Assigns a question text to its split by a stable 64-bit FNV-1a hash of the text.</summary>
public static class SplitAssigner
{
    /// <summary>The split that owns <paramref name="question"/> under <paramref name="config"/>.</summary>
    public static WorldSplit SplitOf(string question, SplitConfig config)
    {
        var bucket = (int)(Hash(question) % 1000);
        if (bucket < config.TestPerMille)
            return WorldSplit.Test;
        return bucket < config.TestPerMille + config.DevPerMille ? WorldSplit.Dev : WorldSplit.Train;
    }

    /// <summary>
    /// FNV-1a over the UTF-16 code units, then a final avalanche so nearby texts spread over buckets. Hand-written:
    /// <see cref="string.GetHashCode()"/> is randomised per process and System.IO.Hashing would add a package for
    /// ten lines.
    /// </summary>
    public static ulong Hash(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return h;
    }
}
