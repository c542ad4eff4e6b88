using Psr.Core.Errors;
using Psr.World.Corruption;
using Psr.World.Judging;

namespace Psr.World.Eft;

/// <summary>How seed EFT (judge) examples are drawn.</summary>
public sealed record EftConfig
{
    /// <summary>Relative frequency of right-vs-wrong pairs. Default 80.</summary>
    public int RightVsWrongWeight { get; init; } = 80;

    /// <summary>Relative frequency of right-vs-right pairs (verdict tie). Default 10.</summary>
    public int RightVsRightWeight { get; init; } = 10;

    /// <summary>Relative frequency of wrong-vs-wrong pairs (verdict none). Default 10.</summary>
    public int WrongVsWrongWeight { get; init; } = 10;

    /// <summary>Probability that the correct candidate is another valid step (other order or swapped operands)
    /// rather than the gold one. Default 0.2.</summary>
    public double AlternativeStepProbability { get; init; } = 0.2;

    /// <summary>Probability that a wrong candidate comes from the pool of steps sampled from a model (when the pool
    /// has one for the problem and position), rather than from a corruption rule. Default 0.5.</summary>
    public double SampledWrongProbability { get; init; } = 0.5;

    /// <summary>Relative frequency of each corruption rule.</summary>
    public CorruptionWeights Corruptions { get; init; } = new();

    /// <summary>How the judge targets' check lines are written. Default <see cref="CheckStyle.Default"/>.</summary>
    public CheckStyle Style { get; init; } = CheckStyle.Default;

    /// <summary>Throws one <see cref="ConfigException"/> listing every invalid field with its value.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        if (RightVsWrongWeight < 0 || RightVsRightWeight < 0 || WrongVsWrongWeight < 0)
            problems.Add($"pair weights ({RightVsWrongWeight}, {RightVsRightWeight}, {WrongVsWrongWeight}) must be >= 0");
        else if (RightVsWrongWeight + RightVsRightWeight + WrongVsWrongWeight == 0)
            problems.Add("pair weights: at least one must be > 0");
        if (AlternativeStepProbability is < 0 or > 1 || double.IsNaN(AlternativeStepProbability))
            problems.Add($"AlternativeStepProbability ({AlternativeStepProbability}) must be in 0..1");
        if (SampledWrongProbability is < 0 or > 1 || double.IsNaN(SampledWrongProbability))
            problems.Add($"SampledWrongProbability ({SampledWrongProbability}) must be in 0..1");
        var c = Corruptions;
        if (Enum.GetValues<CorruptionRule>().Any(r => c.Of(r) < 0))
            problems.Add($"Corruptions ({c}) weights must be >= 0");
        else if (Enum.GetValues<CorruptionRule>().Sum(c.Of) == 0)
            problems.Add("Corruptions: at least one weight must be > 0");
        if (Style is null)
            problems.Add("Style is null");
        else
            problems.AddRange(Style.Problems());
        ConfigException.ThrowIfAny(problems);
    }
}
