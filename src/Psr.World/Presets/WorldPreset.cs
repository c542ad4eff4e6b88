using Psr.World.Eft;
using Psr.World.Problems;
using Psr.World.Splits;

namespace Psr.World.Presets;

/// <summary>
/// The world part of a named preset: problem knobs, split shares and seed-EFT mix. The pipeline composes it with
/// the model size and training budgets it owns.
/// </summary>
public sealed record WorldPreset
{
    /// <summary>The name used on the command line (<c>--preset NAME</c>).</summary>
    public required string Name { get; init; }

    /// <summary>One line on what the preset is for.</summary>
    public required string Description { get; init; }

    /// <summary>Problem difficulty knobs.</summary>
    public WorldConfig Problems { get; init; } = new();

    /// <summary>Dev/test shares of the question space.</summary>
    public SplitConfig Splits { get; init; } = new();

    /// <summary>How seed judge (EFT) examples are drawn.</summary>
    public EftConfig Eft { get; init; } = new();

    /// <summary>Validates every part, reporting all problems at once.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        Collect(problems, Problems.Validate);
        Collect(problems, Splits.Validate);
        Collect(problems, Eft.Validate);
        Psr.Core.Errors.ConfigException.ThrowIfAny(problems);
    }

    private static void Collect(List<string> problems, Action validate)
    {
        try
        {
            validate();
        }
        catch (Psr.Core.Errors.ConfigException e)
        {
            problems.AddRange(e.Problems);
        }
    }
}
