using System.Globalization;
using Psr.Core.Errors;

namespace Psr.Training.Configuration;

/// <summary>Collects validation problems, each naming the field and its value, and throws them all at once.</summary>
internal sealed class ConfigProblems
{
    private readonly List<string> _problems = [];

    public ConfigProblems Positive(string name, double value) =>
        Check(value > 0, name, value, "must be > 0");

    public ConfigProblems NonNegative(string name, double value) =>
        Check(value >= 0, name, value, "must be >= 0");

    public ConfigProblems Between(string name, double value, double min, double max) =>
        Check(value >= min && value <= max, name, value, $"must be in [{Format(min)}, {Format(max)}]");

    public ConfigProblems Below(string name, double value, double min, double maxExclusive) =>
        Check(value >= min && value < maxExclusive, name, value, $"must be in [{Format(min)}, {Format(maxExclusive)})");

    public ConfigProblems Check(bool ok, string name, double value, string rule)
    {
        if (!ok)
            _problems.Add($"{name} ({Format(value)}) {rule}");
        return this;
    }

    public void ThrowIfAny() => ConfigException.ThrowIfAny(_problems);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
