using Psr.Training.Data;
using Psr.Training.Losses;
using static TorchSharp.torch;

namespace Psr.Training.Tests.Data;

public sealed class CollatorTests
{
    [Fact]
    public void Rows_are_shifted_right_padded_and_masked_on_completions()
    {
        // Given "1 2 | 3" (prompt of 2) and "4 | 5" (prompt of 1), pad id 0
        using var scope = NewDisposeScope();
        var rows = new[] { new PromptCompletion([1, 2, 3], 2, false), new PromptCompletion([4, 5], 1, false) };

        // When
        var batch = CompletionCollator.Collate(rows, padId: 0, CPU);

        // Then inputs drop the last id, targets drop the first, and only completion targets carry loss
        Assert.Equal([2L, 2L], batch.InputIds.shape);
        Assert.Equal([1L, 2, 4, 0], batch.InputIds.data<long>().ToArray());
        Assert.Equal([2L, 3, 5, 0], batch.Targets.data<long>().ToArray());
        Assert.Equal([0f, 1, 1, 0], batch.LossMask.data<float>().ToArray());
        Assert.Equal(2, batch.TokenCount);
    }

    [Fact]
    public void A_length_multiple_pads_rows_up_to_it_with_no_loss_on_the_padding()
    {
        // Given two rows, the longer 5 positions after the shift, collated plainly
        using var scope = NewDisposeScope();
        var rows = new[] { new PromptCompletion([1, 2, 3, 4, 5, 6], 2, false), new PromptCompletion([4, 5], 1, false) };
        var plain = CompletionCollator.Collate(rows, padId: 0, CPU);

        // When
        var padded = CompletionCollator.Collate(rows, padId: 0, CPU, lengthMultiple: 4);

        // Then 5 positions become 8, the first 5 are unchanged, the rest are pad ids without loss, and the loss tokens agree
        Assert.Equal([2L, 5L], plain.InputIds.shape);
        Assert.Equal([2L, 8L], padded.InputIds.shape);
        Assert.Equal(0L, (padded.InputIds.narrow(1, 0, 5) - plain.InputIds).abs().sum().item<long>());
        Assert.Equal(0f, (padded.LossMask.narrow(1, 0, 5) - plain.LossMask).abs().sum().item<float>());
        Assert.Equal(0L, padded.InputIds.narrow(1, 5, 3).abs().sum().item<long>());
        Assert.Equal(0f, padded.LossMask.narrow(1, 5, 3).sum().item<float>());
        Assert.Equal(plain.TokenCount, padded.TokenCount);
    }

    [Fact]
    public void A_minimum_width_pads_short_rows_to_it_and_never_cuts_longer_ones()
    {
        // Given rows 5 positions wide after the shift
        using var scope = NewDisposeScope();
        var rows = new[] { new PromptCompletion([1, 2, 3, 4, 5, 6], 2, false), new PromptCompletion([4, 5], 1, false) };

        // When collated to at least 7 positions, and to at least 3
        var wide = CompletionCollator.Collate(rows, padId: 0, CPU, minWidth: 7);
        var narrow = CompletionCollator.Collate(rows, padId: 0, CPU, minWidth: 3);

        // Then the first is 7 wide with pad ids and no loss past position 5, the second keeps its 5
        Assert.Equal([2L, 7L], wide.InputIds.shape);
        Assert.Equal(0L, wide.InputIds.narrow(1, 5, 2).abs().sum().item<long>());
        Assert.Equal(0f, wide.LossMask.narrow(1, 5, 2).sum().item<float>());
        Assert.Equal([2L, 5L], narrow.InputIds.shape);
        Assert.Equal(narrow.TokenCount, wide.TokenCount);
    }

    [Fact]
    public void Preference_batch_puts_chosen_rows_before_rejected_rows()
    {
        using var scope = NewDisposeScope();
        var pairs = new[]
        {
            new PreferencePair(new PromptCompletion([1, 2], 1, false), new PromptCompletion([1, 3, 3], 1, false)),
            new PreferencePair(new PromptCompletion([4, 5, 5], 1, false), new PromptCompletion([4, 6], 1, false)),
        };

        var batch = PreferenceCollator.Collate(pairs, padId: 0, CPU);

        Assert.Equal(2, batch.Pairs);
        Assert.Equal(3, batch.ChosenTokens); // 1 + 2
        Assert.Equal([4L, 2L], batch.Rows.InputIds.shape);
        Assert.Equal([2L, 0, 5, 5, 3, 3, 6, 0], batch.Rows.Targets.data<long>().ToArray());
        Assert.Equal(6, batch.Rows.TokenCount);
    }

    [Fact]
    public void First_difference_mask_keeps_completion_tokens_up_to_the_first_differing_one()
    {
        // Given prompt [9] and steps "1 2 3 4" vs "1 2 7 4": they first differ at id index 3; and "5 6" vs "5 6 8" (a prefix)
        using var scope = NewDisposeScope();
        var pairs = new[]
        {
            new PreferencePair(new PromptCompletion([9, 1, 2, 3, 4], 1, false), new PromptCompletion([9, 1, 2, 7, 4], 1, false)),
            new PreferencePair(new PromptCompletion([9, 5, 6], 1, false), new PromptCompletion([9, 5, 6, 8], 1, false)),
        };

        // When
        var whole = PreferenceCollator.Collate(pairs, padId: 0, CPU);
        var cut = PreferenceCollator.Collate(pairs, padId: 0, CPU, PreferenceTokens.ToFirstDifference);

        // Then targets 1, 2 and the differing 3 / 7 count, the shared 4 after it does not; the prefix pair keeps the
        // shorter side's end and the longer side's extra token; Whole keeps the loss mask itself
        Assert.Equal(3, PreferenceCollator.FirstDifference(pairs[0]));
        Assert.Equal(3, PreferenceCollator.FirstDifference(pairs[1]));
        Assert.Same(whole.Rows.LossMask, whole.PreferenceMask);
        Assert.Equal(
            [1f, 1, 1, 0, /* chosen 2 */ 1, 1, 0, 0, /* rejected 1 */ 1, 1, 1, 0, /* rejected 2 */ 1, 1, 1, 0],
            cut.PreferenceMask.data<float>().ToArray());
        Assert.Equal(whole.Rows.LossMask.data<float>().ToArray(), cut.Rows.LossMask.data<float>().ToArray());
    }
}
