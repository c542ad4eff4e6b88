namespace Psr.World.Judging;

/// <summary>Whether and how a check line first compares a candidate's operation with the ready one it should be.</summary>
public enum OperationMatch
{
    /// <summary>No comparison: a wrong operation is <c>8+6 not next</c>.</summary>
    None,

    /// <summary>The candidate's operation, then the ready one: <c>16/2 vs 14/2: 2=2 /=/ 6!4</c>.</summary>
    CandidateFirst,

    /// <summary>The ready operation, then the candidate's: <c>14/2 vs 16/2: 2=2 /=/ 4!6</c>.</summary>
    ReadyFirst,

    /// <summary>As <see cref="ReadyFirst"/>, but a candidate that is not ready is compared with the leftmost ready operation (the <c>Own:</c> line's).</summary>
    LeftmostFirst,

    /// <summary>
    /// The route first, then the comparison of <see cref="LeftmostFirst"/>: <c>39*2: 9*2=18,3*2+1=7;78 vs 78: 8=8 7=7;
    /// 78/2 vs 78/2: 2=2 /=/ 8=8 7=7</c>, so the arithmetic check reads as in <see cref="None"/>.
    /// </summary>
    LeftmostLast,
}
