using System.Text.RegularExpressions;
using Psr.Core.Errors;

namespace Psr.Pipeline.Config;

/// <summary>One self-rewarding round: search on new questions, then step-DPO, producing the named model.</summary>
public sealed partial record RoundConfig
{
    /// <summary>Name of the model the round produces (used in stage folder names). Default "M2".</summary>
    public string Name { get; init; } = "M2";

    /// <summary>New questions searched in this round (the paper: 400 / 800 / 1200). Default 400.</summary>
    public int Questions { get; init; } = 400;

    /// <summary>Every problem of this round.</summary>
    public IReadOnlyList<string> Problems(string path)
    {
        var p = new ConfigProblems(path);
        p.Check(Name is not null && NamePattern().IsMatch(Name), nameof(Name), Name, "must be 1-32 letters, digits, '-' or '_'")
            .Check(Questions > 0, nameof(Questions), Questions, "must be > 0");
        return p.Items;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex NamePattern();
}
