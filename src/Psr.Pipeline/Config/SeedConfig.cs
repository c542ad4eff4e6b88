namespace Psr.Pipeline.Config;

/// <summary>Seeds. Every sampling seed in the loop is derived from <see cref="Run"/>; data generation from <see cref="Data"/>.</summary>
public sealed record SeedConfig
{
    /// <summary>Seed of the loop (initialisation, sampling, judging, shuffling). Default 1234.</summary>
    public long Run { get; init; } = 1234;

    /// <summary>Seed of the world's question generation and splits. Default 1234.</summary>
    public long Data { get; init; } = 1234;
}
