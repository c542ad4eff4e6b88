using Psr.Training.Losses;
using static TorchSharp.torch;

namespace Psr.Training.Tests.Losses;

public sealed class MaskedCrossEntropyTests
{
    [Fact]
    public void Mean_averages_over_masked_tokens_only()
    {
        // Given logits (1, 3, 4): uniform at positions 0 and 1, and position 2 sure of a token that is not the target
        using var scope = NewDisposeScope();
        var logits = zeros(1, 3, 4);
        logits[0, 2, 0] = tensor(100f);
        var targets = tensor(new long[] { 1, 2, 3 }, [1, 3]);
        var mask = tensor(new[] { 1f, 1f, 0f }, [1, 3]);

        // When
        var loss = MaskedCrossEntropy.Mean(logits, targets, mask).item<float>();

        // Then: the masked-out position (loss ≈ 100) does not count; the others are ln 4 each
        Assert.Equal(Math.Log(4), loss, 5);
    }

    [Fact]
    public void Normalized_divides_the_masked_sum_by_the_given_token_count()
    {
        // Given two uniform masked tokens and a window of 8 tokens in all
        using var scope = NewDisposeScope();
        var loss = MaskedCrossEntropy.Normalized(zeros(1, 2, 4), zeros(1, 2, dtype: ScalarType.Int64), ones(1, 2), 8);

        // Then: 2 ln 4 / 8
        Assert.Equal(2 * Math.Log(4) / 8, loss.item<float>(), 6);
    }

    [Fact]
    public void PerSequence_weighs_every_row_the_same_whatever_its_token_count()
    {
        // Given a row with one uniform masked token (ln 4) and a row with three masked tokens, one of them sure of a wrong
        // token (loss ≈ 100), and a third row with no masked token
        using var scope = NewDisposeScope();
        var logits = zeros(3, 3, 4);
        logits[1, 0, 0] = tensor(100f);
        var targets = tensor(new long[] { 1, 1, 1, 1, 1, 1, 1, 1, 1 }, [3, 3]);
        var mask = tensor(new[] { 1f, 0f, 0f, 1f, 1f, 1f, 0f, 0f, 0f }, [3, 3]);

        // When the window holds these 3 sequences
        var loss = MaskedCrossEntropy.PerSequence(logits, targets, mask, 3).item<float>();

        // Then each row's own mean counts once and the empty row adds 0, where the token mean weighs the long row 3 : 1
        var ln4 = Math.Log(4);
        Assert.Equal((ln4 + (100 + 2 * ln4) / 3) / 3, loss, 4);
        Assert.Equal((ln4 + 100 + 2 * ln4) / 4, MaskedCrossEntropy.Mean(logits, targets, mask).item<float>(), 4);
    }

    [Fact]
    public void An_empty_mask_gives_zero_loss_not_nan()
    {
        using var scope = NewDisposeScope();
        var loss = MaskedCrossEntropy.Mean(zeros(1, 2, 4), zeros(1, 2, dtype: ScalarType.Int64), zeros(1, 2));

        Assert.Equal(0f, loss.item<float>());
    }

    [Fact]
    public void Gradient_pushes_the_target_logit_up()
    {
        // Given uniform logits with gradient tracking
        using var scope = NewDisposeScope();
        var logits = zeros(1, 1, 4).requires_grad_();

        // When
        MaskedCrossEntropy.Mean(logits, tensor(new long[] { 2 }, [1, 1]), ones(1, 1)).backward();

        // Then: d/dz = softmax − onehot = 1/4 − 1 for the target, 1/4 elsewhere
        var grad = logits.grad!.data<float>().ToArray();
        Assert.Equal(-0.75, grad[2], 6);
        Assert.Equal(0.25, grad[0], 6);
    }
}
