using Psr.Training.Data;

namespace Psr.Training.Tests.Data;

public sealed class LengthSplitTests
{
    [Theory]
    [InlineData(64, 4)]
    [InlineData(10, 4)]
    [InlineData(3, 4)]
    [InlineData(7, 1)]
    public void Every_example_lands_in_exactly_one_micro_batch_sorted_by_length(int size, int parts)
    {
        // Given a batch of indices with random lengths
        var rng = new Random(size);
        var lengths = Enumerable.Range(0, 100).Select(_ => rng.Next(5, 300)).ToArray();
        var batch = Enumerable.Range(0, 100).OrderBy(_ => rng.Next()).Take(size).ToArray();

        // When
        var micro = LengthSplit.Split(batch, lengths, parts);

        // Then: no loss or duplicate, at most `parts` non-empty pieces, and lengths never decrease across pieces
        // (one part is the batch as drawn, so an unsplit run keeps its exact order)
        Assert.Equal(batch.Order(), micro.SelectMany(m => m).Order());
        Assert.InRange(micro.Length, 1, parts);
        Assert.All(micro, m => Assert.NotEmpty(m));
        var flat = micro.SelectMany(m => m).Select(i => lengths[i]).ToArray();
        if (parts == 1)
            Assert.Equal(batch, micro[0]);
        else
            Assert.Equal(flat.Order(), flat);
    }

    [Fact]
    public void Splitting_a_mixed_batch_cuts_its_padding()
    {
        // Given a batch that mixes short (IFT-like) and long (EFT-like) examples
        var lengths = Enumerable.Range(0, 64).Select(i => i % 2 == 0 ? 40 : 200).ToArray();
        var batch = Enumerable.Range(0, 64).ToArray();
        int Padded(int[][] micro) => micro.Sum(m => m.Length * m.Max(i => lengths[i]));

        // When it is padded whole or as two halves by length
        var whole = Padded(LengthSplit.Split(batch, lengths, 1));
        var halves = Padded(LengthSplit.Split(batch, lengths, 2));

        // Then the halves pad the short examples to their own length only
        Assert.Equal(64 * 200, whole);
        Assert.Equal(32 * 40 + 32 * 200, halves);
    }
}
