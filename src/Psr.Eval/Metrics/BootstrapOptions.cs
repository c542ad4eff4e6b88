using Psr.Core.Errors;

namespace Psr.Eval.Metrics;

/// <summary>Settings of the percentile bootstrap.</summary>
public sealed record BootstrapOptions
{
    /// <summary>The defaults.</summary>
    public static BootstrapOptions Default { get; } = new();

    /// <summary>Number of resamples. Default 2000.</summary>
    public int Resamples { get; init; } = 2000;

    /// <summary>Interval coverage. Default 0.95.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Seed, fixed so reports are reproducible. Default 20250101.</summary>
    public int Seed { get; init; } = 20250101;

    /// <summary>Throws one <see cref="ConfigException"/> listing every invalid member.</summary>
    public BootstrapOptions Validate()
    {
        var problems = new List<string>();
        if (Resamples is < 100 or > 1_000_000)
            problems.Add($"Resamples ({Resamples}) must be in 100..1000000");
        if (!(Level > 0 && Level < 1))
            problems.Add($"Level ({Level}) must be in (0, 1)");
        ConfigException.ThrowIfAny(problems);
        return this;
    }
}
