using Psr.Training.Losses;
using static TorchSharp.torch;

namespace Psr.Training.Tests.Losses;

public sealed class LogProbsTests
{
    [Theory]
    [InlineData(1, 0.75)] // softmax(0, ln 3) = (1/4, 3/4)
    [InlineData(0, 0.25)]
    public void Per_token_log_prob_is_the_log_softmax_of_the_target(long target, double probability)
    {
        // Given logits (1, 1, 2) = [0, ln 3]
        using var scope = NewDisposeScope();
        var logits = tensor(new[] { 0f, (float)Math.Log(3) }, [1, 1, 2]);

        // When
        var logp = LogProbs.PerToken(logits, tensor(new[] { target }, [1, 1]));

        // Then
        Assert.Equal([1L, 1L], logp.shape);
        Assert.Equal(Math.Log(probability), logp.item<float>(), 5);
    }

    [Fact]
    public void Sequence_sums_add_only_masked_positions()
    {
        // Given uniform logits over 4 tokens for 2 rows of 3 positions, masks [1,0,1] and [0,0,0]
        using var scope = NewDisposeScope();
        var logits = zeros(2, 3, 4);
        var targets = tensor(new long[] { 1, 2, 3, 0, 1, 2 }, [2, 3]);
        var mask = tensor(new[] { 1f, 0f, 1f, 0f, 0f, 0f }, [2, 3]);

        // When
        var sums = LogProbs.SequenceSums(logits, targets, mask).data<float>().ToArray();

        // Then: 2 × ln(1/4) and 0
        Assert.Equal(-2 * Math.Log(4), sums[0], 5);
        Assert.Equal(0.0, sums[1], 6);
    }

    [Fact]
    public void Bfloat16_logits_are_scored_in_float32()
    {
        using var scope = NewDisposeScope();
        var logits = zeros(1, 2, 4, dtype: ScalarType.BFloat16);

        var logp = LogProbs.PerToken(logits, zeros(1, 2, dtype: ScalarType.Int64));

        Assert.Equal(ScalarType.Float32, logp.dtype);
        Assert.Equal(-Math.Log(4), logp[0, 0].item<float>(), 5);
    }
}
