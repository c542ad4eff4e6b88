using Psr.Core.Errors;
using Psr.World.Problems;

namespace Psr.World.Presets;

/// <summary>The built-in world presets (data, not code paths). Measurements per preset live in docs/world.md.</summary>
public static class WorldPresets
{
    /// <summary>CI: two operations, one-digit operands, all four operations; generation and checks in milliseconds.</summary>
    public static WorldPreset Smoke { get; } = new()
    {
        Name = "smoke",
        Description = "CI: 2 operations, 1-digit operands, + - * /, values up to 99",
        Problems = new WorldConfig
        {
            MinOperations = 2, MaxOperations = 2, MinOperandDigits = 1, MaxOperandDigits = 1, MaxValue = 99,
        },
    };

    /// <summary>Prototype 1's world: checking a step is as hard as writing it (the control with no advantage).</summary>
    public static WorldPreset Single { get; } = new()
    {
        Name = "single",
        Description = "prototype 1: 2-3 operations, 1-digit operands, + - *, values up to 99 (no verification advantage)",
        Problems = new WorldConfig
        {
            MinOperations = 2, MaxOperations = 3, MinOperandDigits = 1, MaxOperandDigits = 1, MaxValue = 99,
            Operations = new OperationWeights { Divide = 0 },
        },
    };

    /// <summary>
    /// The default demo world: multi-digit steps and exact division, whose checks (columns of single-digit
    /// operations, division checked by multiplying back) are easier than writing the step. Provisional until the
    /// M1 measurements of issue 4 are in.
    /// </summary>
    public static WorldPreset Default { get; } = new()
    {
        Name = "default",
        Description = "2-3 operations, 1-2 digit operands, + - * / (single-digit factor/divisor), values up to 999",
        Problems = new WorldConfig
        {
            MinOperations = 2, MaxOperations = 3, MinOperandDigits = 1, MaxOperandDigits = 2, MaxValue = 999,
        },
    };

    /// <summary>Division-heavy: most steps need a choice (the quotient) that one multiplication checks.</summary>
    public static WorldPreset Inverse { get; } = new()
    {
        Name = "inverse",
        Description = "2-4 operations, 2-digit operands, mostly / and -, values up to 999",
        Problems = new WorldConfig
        {
            MinOperations = 2, MaxOperations = 4, MinOperandDigits = 2, MaxOperandDigits = 2, MaxValue = 999,
            Operations = new OperationWeights { Add = 1, Subtract = 2, Multiply = 1, Divide = 3 },
        },
    };

    /// <summary>Longer solutions and larger numbers, for larger models.</summary>
    public static WorldPreset Hard { get; } = new()
    {
        Name = "hard",
        Description = "3-5 operations, 1-3 digit operands, + - * /, values up to 9999",
        Problems = new WorldConfig
        {
            MinOperations = 3, MaxOperations = 5, MinOperandDigits = 1, MaxOperandDigits = 3, MaxValue = 9999,
        },
    };

    /// <summary>Every preset, in display order.</summary>
    public static IReadOnlyList<WorldPreset> All { get; } = [Smoke, Single, Default, Inverse, Hard];

    /// <summary>The preset named <paramref name="name"/>; a <see cref="PsrException"/> lists the names otherwise.</summary>
    public static WorldPreset Get(string name) =>
        All.FirstOrDefault(p => p.Name == name)
        ?? throw new PsrException($"unknown world preset '{name}' (known: {string.Join(", ", All.Select(p => p.Name))})");
}
