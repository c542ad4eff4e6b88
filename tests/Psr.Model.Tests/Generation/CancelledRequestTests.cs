using Psr.Model.Generation;

namespace Psr.Model.Tests.Generation;

/// <summary>A request whose cancel token fired leaves the batch at the next step; the others are unaffected.</summary>
public sealed class CancelledRequestTests
{
    private static readonly TestCharTokenizer Tokenizer = new();

    [Fact]
    public void A_cancelled_requests_rows_stop_at_once_and_the_rest_of_the_batch_is_unchanged()
    {
        // Given a generator, a request whose client went away, and one that stays
        var generator = new TextGenerator(TinyModels.Model(seed: 5, vocab: Tokenizer.VocabSize), Tokenizer);
        var options = new SamplingOptions { Temperature = 0, MaxNewTokens = 12, Candidates = 3 };
        var alone = generator.Sample([new GenerationRequest("12+7=")], options);

        // When both run in one batch
        var both = generator.Sample([new GenerationRequest("a", Cancel: new CancellationToken(canceled: true)), new GenerationRequest("12+7=")], options);

        // Then the cancelled prompt's 3 rows stopped after at most one token, and the other's match its run alone
        var gone = both.Where(c => c.PromptIndex == 0).ToList();
        Assert.Equal(3, gone.Count);
        Assert.All(gone, c => Assert.True(c.TokenIds.Length <= 1 && c.Reason is StopReason.Cancelled or StopReason.Eos, $"{c.Reason} {c.TokenIds.Length}"));
        Assert.Equal(alone.Select(c => c.TokenIds), both.Where(c => c.PromptIndex == 1).Select(c => c.TokenIds));
    }
}
