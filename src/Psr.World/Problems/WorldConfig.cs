using Psr.Core.Errors;

namespace Psr.World.Problems;

/// <summary>
/// Difficulty knobs of generated problems. A problem is an expression with its operands written inline; its solution
/// reduces one operation per step. Products and quotients always have a single-digit leaf as the small factor or the
/// divisor, so that every check the judge writes decomposes into single-digit operations.
/// </summary>
public sealed record WorldConfig
{
    /// <summary>Fewest operations (= operation steps) per problem. Default 2.</summary>
    public int MinOperations { get; init; } = 2;

    /// <summary>Most operations per problem (at most 5). Default 3.</summary>
    public int MaxOperations { get; init; } = 3;

    /// <summary>Fewest digits of a leaf operand of + and - and of a dividend leaf's quotient. Default 1.</summary>
    public int MinOperandDigits { get; init; } = 1;

    /// <summary>Most digits of a leaf operand of + and - and of the long factor of a product. Default 2.</summary>
    public int MaxOperandDigits { get; init; } = 2;

    /// <summary>Largest single-digit factor of a product (2..9). Default 9.</summary>
    public int MaxMultiplier { get; init; } = 9;

    /// <summary>Largest divisor (2..9). Default 9.</summary>
    public int MaxDivisor { get; init; } = 9;

    /// <summary>Largest value of any intermediate result and of the answer. Default 999.</summary>
    public long MaxValue { get; init; } = 999;

    /// <summary>Relative frequency of each operation. Default: all four equally.</summary>
    public OperationWeights Operations { get; init; } = new();

    /// <summary>Throws one <see cref="ConfigException"/> listing every invalid knob with its value.</summary>
    public void Validate()
    {
        var problems = new List<string>();
        if (MinOperations < 1)
            problems.Add($"MinOperations ({MinOperations}) must be >= 1");
        if (MaxOperations is < 1 or > 5)
            problems.Add($"MaxOperations ({MaxOperations}) must be in 1..5");
        if (MinOperations > MaxOperations)
            problems.Add($"MinOperations ({MinOperations}) must be <= MaxOperations ({MaxOperations})");
        if (MinOperandDigits < 1)
            problems.Add($"MinOperandDigits ({MinOperandDigits}) must be >= 1");
        if (MaxOperandDigits is < 1 or > 4)
            problems.Add($"MaxOperandDigits ({MaxOperandDigits}) must be in 1..4");
        if (MinOperandDigits > MaxOperandDigits)
            problems.Add($"MinOperandDigits ({MinOperandDigits}) must be <= MaxOperandDigits ({MaxOperandDigits})");
        if (MaxMultiplier is < 2 or > 9)
            problems.Add($"MaxMultiplier ({MaxMultiplier}) must be in 2..9");
        if (MaxDivisor is < 2 or > 9)
            problems.Add($"MaxDivisor ({MaxDivisor}) must be in 2..9");
        if (MaxValue is < 9 or > 999_999)
            problems.Add($"MaxValue ({MaxValue}) must be in 9..999999");
        if (Operations.Add < 0 || Operations.Subtract < 0 || Operations.Multiply < 0 || Operations.Divide < 0)
            problems.Add($"Operations ({Operations}) weights must be >= 0");
        else if (Operations.Total == 0)
            problems.Add("Operations: at least one weight must be > 0");
        ConfigException.ThrowIfAny(problems);
    }
}
