namespace Psr.Pipeline.Config;

/// <summary>Which orders of each pair of distinct candidates the search judges.</summary>
public enum JudgeOrders
{
    /// <summary>Both orders (A,B) and (B,A) are judged; a candidate wins a point per comparison it wins in either position.</summary>
    BothOrders,

    /// <summary>One order (the order first met) is judged and its verdict mirrored for the other: half the judge calls.</summary>
    OneOrder,
}
