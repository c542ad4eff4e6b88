namespace Psr.Eval.Grading;

/// <summary>When two equations are the same answer (both sides compared as <c>lhs - rhs</c>).</summary>
public enum EquationPolicy
{
    /// <summary>Same solution set: <c>lhs-rhs</c> of one is a nonzero constant multiple of the other's.</summary>
    AnyNonzeroMultiple,
    /// <summary>Only a multiple of 1 or -1 (Qwen2.5-Math behaviour).</summary>
    SameOrNegated,
    /// <summary>Left sides equivalent and right sides equivalent.</summary>
    SameSides,
}
