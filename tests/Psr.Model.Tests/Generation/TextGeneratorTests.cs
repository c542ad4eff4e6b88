using Psr.Model.Generation;
using TorchSharp;
using static TorchSharp.torch;

namespace Psr.Model.Tests.Generation;

public sealed class TextGeneratorTests
{
    private static readonly TestCharTokenizer Tokenizer = new();
    private static readonly SamplingOptions Greedy = new() { Temperature = 0, MaxNewTokens = 12 };

    private static TextGenerator NewGenerator(long seed = 5) =>
        new(TinyModels.Model(seed: seed, vocab: Tokenizer.VocabSize), Tokenizer);

    [Fact]
    public void Greedy_output_of_a_prompt_alone_equals_its_output_inside_a_ragged_batch()
    {
        // Given prompts of different lengths
        var generator = NewGenerator();
        string[] prompts = ["12+7=", "a", "step 1: 3+4=7\nstep 2:"];

        // When each is generated alone and all together (left-padded)
        var alone = prompts.Select(p => generator.Sample([p], Greedy).Single()).ToList();
        var batched = generator.Sample(prompts, Greedy);

        // Then every prompt gets the same tokens either way
        for (var i = 0; i < prompts.Length; i++)
        {
            Assert.Equal(alone[i].TokenIds, batched[i].TokenIds);
            Assert.Equal(alone[i].Text, batched[i].Text);
            Assert.Equal(i, batched[i].PromptIndex);
        }
    }

    [Fact]
    public void Greedy_outputs_of_a_batch_split_into_length_buckets_equal_each_prompt_alone()
    {
        // Given 100 prompts of 1 to 40 characters, enough rows for several length buckets
        var generator = NewGenerator();
        var prompts = Enumerable.Range(0, 100).Select(i => string.Concat(Enumerable.Repeat("7+", 1 + (i * 17 % 40) / 2))[..(1 + i * 17 % 40)]).ToList();
        Assert.True(LengthBuckets.Of(prompts.Select(p => p.Length).ToList(), 1).Count > 1);

        // When they are generated together in length buckets, and some of them alone
        var batched = generator.Sample(prompts, Greedy with { LengthBuckets = true });

        // Then the results come back in prompt order, each as it is alone
        Assert.Equal(Enumerable.Range(0, 100), batched.Select(c => c.PromptIndex));
        foreach (var i in new[] { 0, 5, 17, 30, 63, 99 })
            Assert.Equal(generator.Sample([prompts[i]], Greedy).Single().TokenIds, batched[i].TokenIds);
    }

    [Fact]
    public void Greedy_candidates_expanded_from_one_prefill_equal_the_single_run()
    {
        var generator = NewGenerator();
        var single = generator.Sample(["x=3+"], Greedy).Single();

        var candidates = generator.Sample(["x=3+", "b"], Greedy with { Candidates = 3 });

        Assert.Equal(6, candidates.Count);
        Assert.Equal([0, 1, 2], candidates.Take(3).Select(c => c.Candidate));
        Assert.All(candidates.Take(3), c => Assert.Equal(single.TokenIds, c.TokenIds));
        Assert.All(candidates.Skip(3), c => Assert.Equal(1, c.PromptIndex));
    }

    [Fact]
    public void Same_seed_reproduces_samples_and_another_seed_differs()
    {
        // Given temperature and nucleus sampling of 4 candidates for two prompts
        var generator = NewGenerator();
        var options = new SamplingOptions { Temperature = 1.0, TopP = 0.9, Candidates = 4, MaxNewTokens = 16, Seed = 42 };
        string[] prompts = ["1+1=", "abc"];

        // When sampled twice with seed 42 and once with seed 43
        var first = generator.Sample(prompts, options);
        var again = generator.Sample(prompts, options);
        var other = generator.Sample(prompts, options with { Seed = 43 });

        // Then seed 42 repeats exactly, seed 43 does not, and candidates of one prompt differ
        Assert.Equal(first.Select(c => c.TokenIds), again.Select(c => c.TokenIds));
        Assert.NotEqual(first.Select(c => c.Text), other.Select(c => c.Text));
        Assert.True(first.Take(4).Select(c => c.Text).Distinct().Count() > 1);
    }

    [Fact]
    public void A_stop_string_cuts_the_text_before_its_first_match()
    {
        // Given the greedy continuation of a prompt without stop strings
        var generator = NewGenerator();
        var free = generator.Sample(["3+4="], Greedy).Single();
        Assert.True(free.Text.Length >= 6, $"baseline too short: '{free.Text}'");
        var stop = free.Text.Substring(4, 2);

        // When generation stops at two characters the model emits at positions 4-5
        var stopped = generator.Sample(["3+4="], Greedy with { StopStrings = [stop] }).Single();

        // Then the text ends right before the first occurrence and the reason says so
        Assert.Equal(free.Text[..free.Text.IndexOf(stop, StringComparison.Ordinal)], stopped.Text);
        Assert.Equal(StopReason.StopString, stopped.Reason);
        Assert.Equal(stop, stopped.StopString);
    }

    [Fact]
    public void Requests_carry_their_own_token_limits_and_stop_strings()
    {
        var generator = NewGenerator();
        var free = generator.Sample(["9-2=", "7"], Greedy);

        var limited = generator.Sample(
            [new GenerationRequest("9-2=", MaxNewTokens: 3), new GenerationRequest("7", StopStrings: [free[1].Text[..1]])],
            Greedy);

        Assert.Equal(free[0].TokenIds[..3], limited[0].TokenIds);
        Assert.Equal(StopReason.MaxTokens, limited[0].Reason);
        Assert.Equal("", limited[1].Text);
        Assert.Equal(StopReason.StopString, limited[1].Reason);
        Assert.Equal(StopReason.MaxTokens, free[0].Reason);
    }

    [Fact]
    public void The_end_of_sequence_token_ends_a_sequence_without_being_returned()
    {
        // Given a model whose final norm is zero, so all logits tie and greedy picks id 0, made the EOS id here
        using var model = TinyModels.Model(vocab: Tokenizer.VocabSize);
        using (no_grad())
            model.state_dict()["model.norm.weight"].zero_();

        var result = new TextGenerator(model, new EosAtZero(Tokenizer)).Sample(["1+2="], Greedy).Single();

        Assert.Equal(StopReason.Eos, result.Reason);
        Assert.Empty(result.TokenIds);
        Assert.Equal("", result.Text);
    }

    [Fact]
    public void Repeated_generation_does_not_grow_the_live_tensor_count()
    {
        // Given a warmed-up generator
        var generator = NewGenerator();
        var options = new SamplingOptions { Candidates = 3, MaxNewTokens = 8, StopStrings = ["\n"] };
        var scorer = new Scorer(TinyModels.Model(vocab: Tokenizer.VocabSize), Tokenizer);
        generator.Sample(["1+1=", "22"], options);
        scorer.LogProbs([("1+1=", "2"), ("a", "bcd")]);
        var live = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        // When it generates and scores repeatedly
        for (var i = 0; i < 5; i++)
        {
            generator.Sample(["1+1=", "22"], options with { Seed = i });
            scorer.LogProbs([("1+1=", "2"), ("a", "bcd")]);
        }

        // Then no tensor outlives a call
        Assert.Equal(live, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }

    // The shared tokenizer with its two special ids swapped, so that id 0 (what tied logits pick) is EOS.
    private sealed class EosAtZero(TestCharTokenizer inner) : Psr.Model.Tokenization.ITokenizer
    {
        public int VocabSize => inner.VocabSize;

        public int EosId => 0;

        public int PadId => 1;

        public int[] Encode(string text) => inner.Encode(text);

        public string Decode(ReadOnlySpan<int> ids) => inner.Decode(ids);
    }
}
