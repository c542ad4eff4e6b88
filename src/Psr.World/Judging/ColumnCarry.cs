namespace Psr.World.Judging;

/// <summary>How a column of the judge's digit-by-digit routes (<see cref="ColumnCheck"/>) adds the carry it receives.</summary>
public enum ColumnCarry
{
    /// <summary>In the same fact as the column's digits: <c>4*6+4=28</c>, <c>2+9+1=12</c>.</summary>
    Inline,

    /// <summary>
    /// As a second fact on the column's own result: <c>4*6=24+4=28</c>, <c>2+9=11+1=12</c>. Why: in the search of the
    /// default's round 2 (docs/world.md §9 attempt 28) the M1 judge got 52 % of its single-digit products with a carry
    /// (<c>3*8+4=26</c>) and 30 % of its three-term sums wrong, but 0.06 % and 0.56 % of the plain ones: a product
    /// plus a carry in one fact is a table of several hundred entries the seed targets show about five times each,
    /// while the plain products and sums (a hundred entries each) are learned. Split, every fact has two terms.
    /// Measured (attempt 28 (b), one seed): products with a carry 4.3 % wrong in the search, a slip chosen in 1.3 % of
    /// the decidable expansions instead of 6.9 %, but the rounds' gain over M1 the same as the default's (+7.55
    /// against +7.45) and the EFT-test judge unchanged; not the default.
    /// </summary>
    Split,
}
