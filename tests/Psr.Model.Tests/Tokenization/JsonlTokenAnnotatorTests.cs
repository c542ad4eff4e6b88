using Psr.Core.Errors;
using Psr.Model.Tokenization;

namespace Psr.Model.Tests.Tokenization;

public sealed class JsonlTokenAnnotatorTests
{
    private static readonly JsonlTokenAnnotator Annotator =
        new(CharTokenizer.Create(new CharTokenizerSpec { Alphabet = "0123456789+= é" }));

    [Fact]
    public void Each_line_gets_ids_and_keeps_its_other_fields_in_order()
    {
        // Given JSONL lines with text and other fields (one blank line, one stale "ids")
        var input = "{\"id\":7,\"text\":\"1+1\",\"tag\":\"é\"}\n\n{\"text\":\"2\",\"ids\":[0]}\n";
        var output = new StringWriter();
        // When annotating
        var count = Annotator.Run(new StringReader(input), "in.jsonl", output);
        // Then each line is written back with ids appended (replacing stale ones), non-ASCII left readable
        Assert.Equal(2, count);
        Assert.Equal("{\"id\":7,\"text\":\"1+1\",\"tag\":\"é\",\"ids\":[3,12,3]}\n{\"text\":\"2\",\"ids\":[4]}\n", output.ToString());
    }

    [Theory]
    [InlineData("{\"text\":\"1\"}\n{\"text\":\"1\"\n", "in.jsonl:2: malformed JSON")]
    [InlineData("{\"text\":\"1\"}\n[1,2]\n", "in.jsonl:2: not a JSON object")]
    [InlineData("{\"text\":\"1\"}\n\n{\"prompt\":\"1\"}\n", "in.jsonl:3: field 'text' is missing or not a string")]
    [InlineData("{\"text\":5}\n", "in.jsonl:1: field 'text' is missing or not a string")]
    [InlineData("{\"text\":\"1x\"}\n", "character 'x' (U+0078) at index 1")]
    public void A_bad_line_is_named_and_nothing_is_written(string input, string expected)
    {
        // Given input whose later line is bad
        var output = new StringWriter();
        // When annotating, Then the error names the source and line, and no line was written
        var error = Assert.Throws<PsrException>(() => Annotator.Run(new StringReader(input), "in.jsonl", output));
        Assert.Contains(expected, error.Message);
        Assert.Equal("", output.ToString());
    }
}
