namespace Psr.World.Judging;

/// <summary>
/// How the judge's check lines are written: what comes before them (<see cref="Check"/>), how a column adds its carry
/// (<see cref="Carry"/>), which end every comparison starts from (<see cref="Order"/>) and when a step's number is
/// checked (<see cref="StepNumbers"/>), and what a ready operation other than the own line's is compared with
/// (<see cref="Ready"/>). One value travels from the run's <c>judge</c> section to every writer of a
/// check line, seed targets and scoring targets alike.
/// </summary>
/// <param name="Check">What the target writes before its check lines, and whether operations are matched first.</param>
/// <param name="Carry">How the check lines' columns add a carry.</param>
/// <param name="Order">Which end the check lines' comparisons start from.</param>
/// <param name="StepNumbers">Whether a numbered step's check starts with its number's check every time or only when it is wrong.</param>
/// <param name="Ready">What the own-step check compares a ready operation not written as the own line's with.</param>
public sealed record CheckStyle(
    JudgeCheck Check = JudgeCheck.Arithmetic,
    ColumnCarry Carry = ColumnCarry.Inline,
    DigitOrder Order = DigitOrder.FromRight,
    StepNumberCheck StepNumbers = StepNumberCheck.OnMismatch,
    ReadyCompare Ready = ReadyCompare.Itself)
{
    /// <summary>Arithmetic checks, carries inline, comparisons from the right, step numbers checked when wrong, a ready operation compared with itself: the targets of every run before attempt 25.</summary>
    public static CheckStyle Default { get; } = new();

    /// <summary>How each operation is compared with the ready one before its route.</summary>
    public OperationMatch Match => Check.Match();

    /// <summary>Each field that holds no known value, with the value.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Enum.IsDefined(Check))
            yield return $"Check ({Check}) is not a known judge check";
        if (!Enum.IsDefined(Carry))
            yield return $"Carry ({Carry}) is not a known column carry";
        if (!Enum.IsDefined(Order))
            yield return $"Order ({Order}) is not a known digit order";
        if (!Enum.IsDefined(StepNumbers))
            yield return $"StepNumbers ({StepNumbers}) is not a known step-number check";
        if (!Enum.IsDefined(Ready))
            yield return $"Ready ({Ready}) is not a known ready comparison";
    }
}
