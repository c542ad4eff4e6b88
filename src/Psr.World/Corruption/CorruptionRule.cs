namespace Psr.World.Corruption;

/// <summary>A way to turn a correct next step into a wrong one (each rule's result is wrong by construction).</summary>
public enum CorruptionRule
{
    /// <summary>The result (or answer) off by 1, 2, 3 or 10.</summary>
    OffBySmall,

    /// <summary>One digit of the result (or answer) changed.</summary>
    ChangedDigit,

    /// <summary>The result computed column by column with one carry (or borrow) dropped; + - * only.</summary>
    DroppedCarry,

    /// <summary>One operand changed, with arithmetic consistent with the changed operand.</summary>
    WrongOperand,

    /// <summary>The right operands combined with another operation, arithmetic consistent.</summary>
    WrongOperation,

    /// <summary>Two adjacent numbers of the current expression that may not be combined yet, arithmetic right.</summary>
    NotYetAvailable,

    /// <summary>An answer line before the expression is reduced.</summary>
    EarlyAnswer,

    /// <summary>The right step text under another step number.</summary>
    StepNumber,

    /// <summary>
    /// One digit of the result other than its last changed (results of two digits or more): the slip of a column that
    /// received a carry, which the policy's own steps show almost as often as a wrong last digit while the world's mix
    /// rarely does, so the judge learns to call a comparison equal once its last digits agree (docs/world.md §9 attempt
    /// 29). Weight 0 in the world's mix; not yet measured in a run.
    /// </summary>
    HighDigit,
}
