using Psr.Training.Data;

namespace Psr.Training.Tests.Data;

public sealed class BatchCursorTests
{
    private static readonly int[] Lengths = Enumerable.Range(0, 10).Select(i => i % 4 + 2).ToArray();

    [Fact]
    public void Cursor_crosses_epochs_with_a_fresh_order()
    {
        // Given 10 examples in batches of 4: 3 batches per epoch
        var cursor = new BatchCursor(Lengths, 4, 1, seed: 9);

        // When four batches are drawn
        var first = Enumerable.Range(0, 3).SelectMany(_ => cursor.Next()).ToArray();
        var next = cursor.Next();

        // Then the first epoch covers every example once and the fourth batch opens epoch 1
        Assert.Equal(3, cursor.BatchesPerEpoch);
        Assert.Equal(Enumerable.Range(0, 10), first.Order());
        Assert.Equal(new BatchPosition(1, 1), cursor.Position);
        Assert.Equal(LengthBuckets.Plan(Lengths, 4, 1, 9, 1)[0], next);
    }

    [Fact]
    public void A_cursor_rebuilt_from_a_position_continues_the_same_stream()
    {
        // Given a cursor advanced 5 batches (into the second epoch)
        var original = new BatchCursor(Lengths, 3, 2, seed: 4);
        for (var i = 0; i < 5; i++)
            original.Next();

        // When a new cursor starts from its position
        var resumed = new BatchCursor(Lengths, 3, 2, seed: 4, original.Position);

        // Then both yield the same next batches
        for (var i = 0; i < 6; i++)
            Assert.Equal(original.Next(), resumed.Next());
    }
}
