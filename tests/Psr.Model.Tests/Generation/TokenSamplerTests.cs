using Psr.Model.Generation;
using static TorchSharp.torch;

namespace Psr.Model.Tests.Generation;

public sealed class TokenSamplerTests
{
    // Probabilities 0.5, 0.3, 0.2 (as logits).
    private static Tensor Logits() => tensor(new[] { 0.5f, 0.3f, 0.2f }).log().view(1, 3).expand(400, 3);

    [Theory]
    [InlineData(0.0, 1.0, new long[] { 0 })]
    [InlineData(1.0, 0.5, new long[] { 0 })]
    [InlineData(1.0, 0.7, new long[] { 0, 1 })]
    [InlineData(1.0, 1.0, new long[] { 0, 1, 2 })]
    [InlineData(0.01, 1.0, new long[] { 0 })]
    public void Nucleus_and_temperature_limit_which_tokens_can_be_drawn(double temperature, double topP, long[] expected)
    {
        // Given 400 rows of the same distribution and a seeded generator
        using var scope = NewDisposeScope();
        using var generator = new Generator(7, CPU);

        // When one token is drawn per row
        var drawn = TokenSampler.Sample(Logits(), temperature, topP, generator).data<long>().ToArray();

        // Then exactly the allowed tokens appear
        Assert.Equal(expected, drawn.Distinct().Order());
    }
}
