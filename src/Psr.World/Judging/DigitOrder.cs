namespace Psr.World.Judging;

/// <summary>Which end the judge's comparisons of two numbers or operations start from (<see cref="ColumnCheck.AppendComparison"/>).</summary>
public enum DigitOrder
{
    /// <summary>Right-aligned, from the last character: <c>123 vs 124: 3!4</c>, <c>90 vs 190: 0=0 9=9 _!1</c>.</summary>
    FromRight,

    /// <summary>
    /// Left-aligned, from the first character: <c>123 vs 124: 1=1 2=2 3!4</c>, <c>116 vs 106: 1=1 1!0</c>, <c>19 vs 190: 1=1
    /// 9=9 _!0</c> (two strings are equal exactly when every pair matches and neither runs out first, so no alignment is
    /// needed). Why: the own-step judge's wrong verdicts mostly read a second or third digit from the right wrong,
    /// copying the computed digit for the claimed one (docs/world.md §9 attempt 34 (b)); from the left, each pair's
    /// characters follow the previous pair's, the direction a copying attention head reads.
    /// </summary>
    FromLeft,
}
