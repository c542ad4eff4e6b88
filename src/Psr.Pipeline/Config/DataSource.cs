namespace Psr.Pipeline.Config;

/// <summary>Where questions and seed data come from.</summary>
public enum DataSource
{
    /// <summary>The built-in world: generated questions, gold step solutions, an oracle.</summary>
    BuiltInWorld,

    /// <summary>A benchmark file (e.g. GSM8K train) with gold answers; no step oracle.</summary>
    Benchmark,
}
