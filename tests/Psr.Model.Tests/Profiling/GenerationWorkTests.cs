using Psr.Core.Diagnostics;
using Psr.Model.Generation;

namespace Psr.Model.Tests.Profiling;

/// <summary>The generator's <see cref="WorkMeter"/> records: the run profile's sampled tokens and batch fill.</summary>
public sealed class GenerationWorkTests
{
    private static readonly TestCharTokenizer Tokenizer = new();

    [Fact]
    public void Sampled_tokens_equal_the_completions_tokens_plus_their_eos()
    {
        // Given ragged prompts, 3 candidates each, sampled with stop strings (so rows finish at different steps)
        var generator = new TextGenerator(TinyModels.Model(seed: 4, vocab: Tokenizer.VocabSize), Tokenizer);
        string[] prompts = ["12+7=", "a", "step 1: 3+4=7\nstep 2:"];
        var options = new SamplingOptions { Temperature = 1.0, MaxNewTokens = 20, Candidates = 3, StopStrings = ["1", "\n"], Seed = 9 };

        // When they are sampled inside a meter's scope
        var meter = new WorkMeter();
        IReadOnlyList<Completion> completions;
        using (WorkMeter.Measure(meter))
            completions = generator.Sample(prompts, options);

        // Then each kept token (a stop string's last token included) and each EOS was one sampled token
        var work = meter.Totals;
        var expected = completions.Sum(c => c.TokenIds.Length) + completions.Count(c => c.Reason == StopReason.Eos);
        Assert.Equal(expected, work.SampledTokens);
        // The prompts were prefilled once, left-padded to the longest; every row computed holds at most one token
        Assert.Equal(prompts.Length * prompts.Max(p => Tokenizer.Encode(p).Length), work.PrefillTokens);
        Assert.InRange(work.DecodeSlots, work.SampledTokens, 9L * 20);
        Assert.True(work.SampleSeconds > 0);
    }
}
