namespace Psr.World.Judging;

/// <summary>
/// What the own-step check (<see cref="OperationMatch.LeftmostFirst"/>) compares a candidate's operation with when that
/// operation is ready but is not written as the <c>Own:</c> line's (<see cref="CheckLineWriter"/>).
/// </summary>
public enum ReadyCompare
{
    /// <summary>With itself: <c>3+6 vs 3+6: 3=3 +=+ 6=6; ...</c> where the own line is <c>6+3</c>; the targets before attempt 36.</summary>
    Itself,

    /// <summary>
    /// Always with the own line's operation first; on a mismatch of a commutative operation, with it swapped; another
    /// ready operation is then said to be ready: <c>6+3 vs 3+6: 6!3 swap 3+6 vs 3+6: 3=3 +=+ 6=6; ...</c>,
    /// <c>6+3 vs 7+6: 6!7 swap 3+6 vs 7+6: 3!7 wrong</c>, <c>6+3 vs 8*2: 6!8 swap 3+6 vs 8*2: 3!8 ready; 8*2: ...</c>.
    /// Why: with <see cref="Itself"/> the judge must decide at the line's first token whether the candidate is another
    /// ready operation, and o11's M1 took 21 of its 98 wrong verdicts for a wrong operand it copied as ready and 17 for
    /// a commuted right step it compared with the own line (docs/world.md §9 attempts 35 (c) and 36); here the first operation is
    /// always the own line's and the swap is a second comparison the judge writes out, so taking a wrong operand for a
    /// swap is caught by the comparison itself.
    /// </summary>
    OwnThenSwap,
}
