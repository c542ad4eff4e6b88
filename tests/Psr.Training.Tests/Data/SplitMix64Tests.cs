using Psr.Training.Data;

namespace Psr.Training.Tests.Data;

public sealed class SplitMix64Tests
{
    [Fact]
    public void Same_seed_and_stream_repeat_and_streams_differ()
    {
        var a = new SplitMix64(42, 1);
        var b = new SplitMix64(42, 1);
        var c = new SplitMix64(42, 2);

        var first = a.Next();
        Assert.Equal(first, b.Next());
        Assert.NotEqual(first, c.Next());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Next_below_stays_in_range(int bound)
    {
        var rng = new SplitMix64(3);
        for (var i = 0; i < 200; i++)
            Assert.InRange(rng.NextBelow(bound), 0, bound - 1);
    }

    [Fact]
    public void Shuffle_is_a_permutation_that_moves_items()
    {
        var items = Enumerable.Range(0, 100).ToArray();
        new SplitMix64(11).Shuffle(items);

        Assert.Equal(Enumerable.Range(0, 100), items.Order());
        Assert.NotEqual(Enumerable.Range(0, 100), items);
    }
}
