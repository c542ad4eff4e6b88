using Psr.Training.Data;

namespace Psr.Training.Tests.Fixtures;

/// <summary>Tiny deterministic data sets for trainer tests.</summary>
public static class ToyData
{
    /// <summary>"a+b=" → the sum, for single digits; lengths vary so bucketing and padding are exercised.</summary>
    public static IReadOnlyList<SftExample> Sums(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new SftExample($"{i % 10}+{i / 10 % 10}=", $"{i % 10 + i / 10 % 10}"))
            .ToList();

    /// <summary>
    /// Step pairs whose chosen step is the right sum ending in "." and whose rejected step is off by one ending in "!":
    /// the ending makes the preference learnable in a few steps by a tiny model.
    /// </summary>
    public static IReadOnlyList<PreferenceExample> StepPairs(int count) =>
        Enumerable.Range(0, count)
            .Select(i => (a: i % 7, b: i / 7 % 5))
            .Select(p => new PreferenceExample($"Q {p.a}+{p.b}\nStep 1: ", $"{p.a + p.b}.", $"{p.a + p.b + 1}!"))
            .ToList();
}
