using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Psr.Roles;

/// <summary>
/// Derives every sampling seed from (run seed, purpose, round, question id, expansion index, comparison index), so a
/// result never depends on batching, on the order questions run in, or on where a resumed run restarts.
/// </summary>
public static class SeedDerivation
{
    /// <summary>
    /// Returns the seed for one use. SHA-256 of a canonical key (not <see cref="HashCode"/>, which is randomised per
    /// process, nor a hand-written mixer): stable across processes, platforms and .NET versions.
    /// </summary>
    public static ulong Derive(long runSeed, SeedPurpose purpose, int round, string questionId, int expansion, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(questionId);
        var key = string.Create(CultureInfo.InvariantCulture,
            $"psr-seed/v1\n{runSeed}\n{purpose}\n{round}\n{expansion}\n{index}\n{questionId}");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return BinaryPrimitives.ReadUInt64LittleEndian(hash);
    }
}
