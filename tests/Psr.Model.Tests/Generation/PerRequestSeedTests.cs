using Psr.Model.Generation;

namespace Psr.Model.Tests.Generation;

public sealed class PerRequestSeedTests
{
    private static readonly TestCharTokenizer Tokenizer = new();
    private static readonly SamplingOptions Sampling = new() { Temperature = 1.0, TopP = 0.9, Candidates = 3, MaxNewTokens = 10 };

    private static TextGenerator NewGenerator() => new(TinyModels.Model(seed: 5, vocab: Tokenizer.VocabSize), Tokenizer);

    [Fact]
    public void A_seeded_request_samples_the_same_alone_as_inside_a_batch_with_other_prompts()
    {
        // Given a request with its own seed
        var generator = NewGenerator();
        var mine = new GenerationRequest("12+7=", Seed: 99);

        // When it is sampled alone and again behind two other seeded prompts, with a different call seed
        var alone = generator.Sample([mine], Sampling);
        var batched = generator.Sample([new GenerationRequest("abc", Seed: 1), new GenerationRequest("x", Seed: 2), mine],
            Sampling with { Seed = 7 });

        // Then its candidates are identical either way
        Assert.Equal(alone.Select(c => c.Text), batched.Where(c => c.PromptIndex == 2).Select(c => c.Text));
    }

    [Fact]
    public void Seeded_requests_split_into_length_buckets_sample_as_they_do_alone()
    {
        // Given 30 seeded prompts of very different lengths, three candidates each (90 rows: several buckets)
        var generator = NewGenerator();
        var requests = Enumerable.Range(0, 30).Select(i => new GenerationRequest(new string('1', 1 + i * 7 % 45) + "+2=", Seed: (ulong)(100 + i))).ToList();
        Assert.True(LengthBuckets.Of(requests.Select(r => r.Prompt.Length).ToList(), 3).Count > 1);

        // When sampled together in length buckets
        var batched = generator.Sample(requests, Sampling with { LengthBuckets = true });

        // Then prompt-major order holds and each prompt's candidates are those it samples alone
        Assert.Equal(Enumerable.Range(0, 90).Select(k => (k / 3, k % 3)), batched.Select(c => (c.PromptIndex, c.Candidate)));
        foreach (var i in new[] { 0, 11, 29 })
            Assert.Equal(generator.Sample([requests[i]], Sampling).Select(c => c.Text), batched.Where(c => c.PromptIndex == i).Select(c => c.Text));
    }

    [Fact]
    public void Another_request_seed_gives_other_samples_and_candidates_of_one_prompt_differ()
    {
        // Given one prompt sampled with seed 99 and with seed 100
        var generator = NewGenerator();
        var first = generator.Sample([new GenerationRequest("12+7=", Seed: 99)], Sampling with { Candidates = 6 });
        var other = generator.Sample([new GenerationRequest("12+7=", Seed: 100)], Sampling with { Candidates = 6 });

        // Then the seeds give different samples, and the 6 candidates are not all the same
        Assert.NotEqual(first.Select(c => c.Text), other.Select(c => c.Text));
        Assert.True(first.Select(c => c.Text).Distinct().Count() > 1);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.44, 0)]
    [InlineData(0.45, 1)]
    [InlineData(0.77, 1)]
    [InlineData(0.78, 2)]
    [InlineData(0.999, 2)]
    public void Inverse_cdf_sampling_picks_the_token_whose_probability_interval_holds_the_draw(double u, long expected)
    {
        // Given probabilities 0.4, 0.3, 0.2, 0.1 and top-p 0.8 (keeps the first three: mass 0.9)
        var logits = TorchSharp.torch.tensor(new[] { 0.4, 0.3, 0.2, 0.1 }).log().unsqueeze(0);

        // When sampled with the uniform draw u (scaled by the kept mass 0.9)
        var id = TokenSampler.SampleWithUniforms(logits, 1.0, 0.8, [u]).item<long>();

        // Then the token is the one whose cumulative interval [0,.4) [.4,.7) [.7,.9) contains 0.9·u (u < .444 → 0, < .778 → 1)
        Assert.Equal(expected, id);
    }
}
