using Psr.Core.Errors;

namespace Psr.Eval.Grading;

/// <summary>
/// Policy and limits of <see cref="AnswerGrader"/>. The defaults implement grader-notes §6; the choices §6 leaves open
/// are the policy members below, each documented with its default.
/// </summary>
public sealed record GradeOptions
{
    /// <summary>The defaults.</summary>
    public static GradeOptions Default { get; } = new();

    /// <summary>Wall-clock budget of one comparison; over budget it is not equal with why <c>timeout</c>. Default 1 s.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest answer (characters) graded; longer gives why <c>too-large</c>. Default 2000.</summary>
    public int MaxInputLength { get; init; } = 2000;

    /// <summary>Deepest bracket/brace nesting parsed; deeper gives why <c>too-large</c>. Default 48.</summary>
    public int MaxNestingDepth { get; init; } = 48;

    /// <summary>Largest integer exponent evaluated exactly; larger powers are evaluated in floating point. Default 4096.</summary>
    public int MaxExactExponent { get; init; } = 4096;

    /// <summary>Percentage leniency. Default <see cref="PercentPolicy.SameNumber"/>.</summary>
    public PercentPolicy Percent { get; init; } = PercentPolicy.SameNumber;

    /// <summary>Unreduced fractions. Default <see cref="FractionPolicy.ValueEqual"/>.</summary>
    public FractionPolicy Fractions { get; init; } = FractionPolicy.ValueEqual;

    /// <summary>Base-subscript numerals. Default <see cref="BaseSubscriptPolicy.AcceptMissingSubscript"/>.</summary>
    public BaseSubscriptPolicy BaseSubscripts { get; init; } = BaseSubscriptPolicy.AcceptMissingSubscript;

    /// <summary>Equation equivalence. Default <see cref="EquationPolicy.AnyNonzeroMultiple"/> (same solution set).</summary>
    public EquationPolicy Equations { get; init; } = EquationPolicy.AnyNonzeroMultiple;

    /// <summary>
    /// Relative tolerance for comparing a constant with the reference's value (e.g. 1e-4 accepts <c>0.33333</c> for
    /// <c>\frac13</c>). Default 0: exact values must match exactly, and a rounded decimal of an irrational value is wrong.
    /// </summary>
    public double RelativeTolerance { get; init; }

    /// <summary>Absolute tolerance for constants, as OlympiadBench's <c>error</c> field gives it. Default 0.</summary>
    public double AbsoluteTolerance { get; init; }

    /// <summary>Sample points at which non-constant expressions must agree. Default 6.</summary>
    public int SamplePoints { get; init; } = 6;

    /// <summary>Seed of the sample points (fixed so verdicts are reproducible). Default 20250101.</summary>
    public int Seed { get; init; } = 20250101;

    /// <summary>Throws one <see cref="ConfigException"/> listing every invalid member with its value.</summary>
    public GradeOptions Validate()
    {
        var problems = new List<string>();
        if (TimeBudget <= TimeSpan.Zero || TimeBudget > TimeSpan.FromMinutes(10))
            problems.Add($"TimeBudget ({TimeBudget}) must be > 0 and <= 10 minutes");
        if (MaxInputLength < 1)
            problems.Add($"MaxInputLength ({MaxInputLength}) must be >= 1");
        if (MaxNestingDepth is < 1 or > 500)
            problems.Add($"MaxNestingDepth ({MaxNestingDepth}) must be in 1..500");
        if (MaxExactExponent is < 1 or > 1_000_000)
            problems.Add($"MaxExactExponent ({MaxExactExponent}) must be in 1..1000000");
        if (!(RelativeTolerance >= 0 && RelativeTolerance < 1))
            problems.Add($"RelativeTolerance ({RelativeTolerance}) must be in [0, 1)");
        if (!(AbsoluteTolerance >= 0 && double.IsFinite(AbsoluteTolerance)))
            problems.Add($"AbsoluteTolerance ({AbsoluteTolerance}) must be finite and >= 0");
        if (SamplePoints is < 2 or > 100)
            problems.Add($"SamplePoints ({SamplePoints}) must be in 2..100");
        if (!Enum.IsDefined(Percent)) problems.Add($"Percent ({Percent}) is not a PercentPolicy");
        if (!Enum.IsDefined(Fractions)) problems.Add($"Fractions ({Fractions}) is not a FractionPolicy");
        if (!Enum.IsDefined(BaseSubscripts)) problems.Add($"BaseSubscripts ({BaseSubscripts}) is not a BaseSubscriptPolicy");
        if (!Enum.IsDefined(Equations)) problems.Add($"Equations ({Equations}) is not an EquationPolicy");
        ConfigException.ThrowIfAny(problems);
        return this;
    }
}
