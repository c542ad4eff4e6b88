using Psr.Training.Data;
using Psr.Training.Tests.Fixtures;

namespace Psr.Training.Tests.Data;

public sealed class CompletionEncoderTests
{
    private readonly TestCharTokenizer _tokenizer = new();

    [Fact]
    public void Sft_example_marks_the_response_and_appends_eos_when_asked()
    {
        var encoded = CompletionEncoder.Encode(_tokenizer, new SftExample("ab", "c"), 16, EosPolicy.Append);

        Assert.Equal([.. _tokenizer.Encode("abc"), _tokenizer.EosId], encoded.Ids);
        Assert.Equal(2, encoded.PromptLength);
        Assert.Equal(2, encoded.CompletionLength);
    }

    [Fact]
    public void Omitting_eos_keeps_the_completion_as_written()
    {
        var encoded = CompletionEncoder.Encode(_tokenizer, new SftExample("ab", "c"), 16, EosPolicy.Omit);

        Assert.Equal(_tokenizer.Encode("abc"), encoded.Ids);
    }

    [Fact]
    public void Preference_sides_share_one_prompt_cut()
    {
        // Given a long prompt, a short chosen and a long rejected completion, and room for 6 ids
        var pair = CompletionEncoder.Encode(_tokenizer, new PreferenceExample("0123456", "a", "bcde"), 6, EosPolicy.Omit);

        // Then both keep the same last 2 prompt ids
        Assert.Equal(_tokenizer.Encode("56a"), pair.Chosen.Ids);
        Assert.Equal(_tokenizer.Encode("56bcde"), pair.Rejected.Ids);
        Assert.Equal(2, pair.Chosen.PromptLength);
        Assert.True(pair.Chosen.Truncated);
    }
}
