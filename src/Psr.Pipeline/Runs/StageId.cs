using System.Globalization;
using System.Text.RegularExpressions;
using Psr.Core.Errors;

namespace Psr.Pipeline.Runs;

/// <summary>A stage of the run: its round (0 for seed-data stages, 1 for M1, …) and a short kebab-case name.</summary>
public sealed partial record StageId
{
    /// <summary>Creates an id; the name must be kebab-case (it becomes part of a folder name).</summary>
    public StageId(int round, string name)
    {
        if (round < 0 || round > 99 || name is null || !NamePattern().IsMatch(name))
            throw new PsrException($"stage id ({round}, \"{name}\"): round must be 0-99 and the name kebab-case");
        Round = round;
        Name = name;
    }

    /// <summary>The round.</summary>
    public int Round { get; }

    /// <summary>The stage name, e.g. <c>search</c>, <c>step-dpo</c>.</summary>
    public string Name { get; }

    /// <summary>The folder name under <c>stages/</c>: <c>02-search</c>.</summary>
    public string Folder => Round.ToString("D2", CultureInfo.InvariantCulture) + "-" + Name;

    /// <inheritdoc />
    public override string ToString() => Folder;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
