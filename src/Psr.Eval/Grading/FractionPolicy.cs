namespace Psr.Eval.Grading;

/// <summary>Whether an unreduced fraction literal is accepted.</summary>
public enum FractionPolicy
{
    /// <summary><c>\frac{2}{4}</c> equals <c>\frac{1}{2}</c>: same value (Qwen2.5-Math behaviour).</summary>
    ValueEqual,
    /// <summary>A prediction containing an integer fraction literal with a common factor is not equal (PRM800K).</summary>
    RequireReduced,
}
