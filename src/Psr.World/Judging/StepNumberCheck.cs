namespace Psr.World.Judging;

/// <summary>When the judge's check line of a numbered step writes the step-number check (<see cref="CheckLineWriter"/>).</summary>
public enum StepNumberCheck
{
    /// <summary>Only when the number is wrong: <c>step 3!2 wrong</c>; a right number writes nothing.</summary>
    OnMismatch,

    /// <summary>
    /// Always, first: <c>step 2=2; 9*34 vs 9*34: ...</c> and <c>step 3!2 wrong</c>. Why: with the check written only on
    /// a mismatch the judge must decide at the line's first token whether the number is wrong, and o10's and o11's M1
    /// missed 16 and 14 of the 16 step-number verdicts, five times the seed pairs notwithstanding (docs/world.md §9
    /// attempt 35); written every time, the decision is one comparison of two numbers the judge just wrote.
    /// </summary>
    Always,
}
