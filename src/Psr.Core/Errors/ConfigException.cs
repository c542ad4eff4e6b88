namespace Psr.Core.Errors;

/// <summary>Every problem found while validating a configuration, reported at once before any work starts.</summary>
public sealed class ConfigException : PsrException
{
    public ConfigException(IReadOnlyList<string> problems)
        : base("invalid configuration: " + string.Join("; ", problems))
    {
        Problems = problems;
    }

    /// <summary>One entry per problem, each naming the field and its value.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Throws when <paramref name="problems"/> is not empty.</summary>
    public static void ThrowIfAny(IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
            throw new ConfigException(problems);
    }
}
