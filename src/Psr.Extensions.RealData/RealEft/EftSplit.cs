using Psr.Roles;

namespace Psr.Extensions.RealData.RealEft;

/// <summary>
/// The deterministic train/test split of real-data EFT: a problem goes to test when its seeded hash falls below the
/// test fraction, so the split does not depend on batching, order or resuming, and no problem is in both.
/// </summary>
public static class EftSplit
{
    /// <summary>Whether <paramref name="problemId"/>'s pairs are test pairs.</summary>
    public static bool IsTest(long seed, string problemId, double testFraction) =>
        SeedDerivation.Derive(seed, SeedPurpose.EftSplit, 0, problemId, 0) / 18446744073709551616.0 < testFraction;
}
