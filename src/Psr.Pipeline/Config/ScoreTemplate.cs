namespace Psr.Pipeline.Config;

/// <summary>The whole-solution scoring prompt of the outcome-based baseline.</summary>
public enum ScoreTemplate
{
    /// <summary>The built-in world's compact format: check lines, then <c>Score: k</c> (a tiny character-level model's).</summary>
    Compact,

    /// <summary>Yuan et al.'s additive 5-point prompt, verbatim (for real models).</summary>
    Paper,
}
