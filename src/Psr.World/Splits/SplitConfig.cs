using Psr.Core.Errors;

namespace Psr.World.Splits;

/// <summary>
/// How the question space is cut: a question belongs to exactly one split, decided by a stable hash of its text, so
/// splits are disjoint whatever seeds are used to draw from them.
/// </summary>
public sealed record SplitConfig
{
    /// <summary>Share of the question space reserved for dev, in per mille. Default 50.</summary>
    public int DevPerMille { get; init; } = 50;

    /// <summary>Share of the question space reserved for test, in per mille. Default 100.</summary>
    public int TestPerMille { get; init; } = 100;

    /// <summary>Throws one <see cref="ConfigException"/> listing every invalid share.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        if (DevPerMille is < 1 or > 500)
            problems.Add($"DevPerMille ({DevPerMille}) must be in 1..500");
        if (TestPerMille is < 1 or > 500)
            problems.Add($"TestPerMille ({TestPerMille}) must be in 1..500");
        ConfigException.ThrowIfAny(problems);
    }
}
