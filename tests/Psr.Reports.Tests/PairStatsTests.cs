namespace Psr.Reports.Tests;

public sealed class PairStatsTests
{
    private static PairStats With(IReadOnlyList<PairDrop>? dropped) => new(10, 9, 4, null, null, 1, 30, 0.1, dropped);

    [Fact]
    public void Dropped_text_names_the_rules_that_dropped_pairs_in_order()
    {
        Assert.Equal("all tie 3, label dissent 7", With([new("identical candidates", 0), new("all tie", 3), new("label dissent", 7), new("margin", 0)]).DroppedText);
        Assert.Equal("none", With([new("margin", 0)]).DroppedText);
        Assert.Equal("–", With(null).DroppedText);
    }
}
