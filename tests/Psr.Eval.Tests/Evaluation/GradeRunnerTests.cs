using System.Text.Json.Nodes;
using Psr.Core.Errors;
using Psr.Eval.Evaluation;

namespace Psr.Eval.Tests.Evaluation;

public sealed class GradeRunnerTests
{
    private static (string Output, string Log, GradeRunSummary Summary) Run(string input, GradeRunOptions? options = null)
    {
        var output = new StringWriter();
        var log = new StringWriter();
        var summary = new GradeRunner(options ?? new GradeRunOptions()).Run(new StringReader(input), "in.jsonl", output, log);
        return (output.ToString(), log.ToString(), summary);
    }

    [Fact]
    public void Each_line_gains_equal_and_why_and_keeps_its_other_fields_in_order()
    {
        // Given prediction lines and output lines with extra fields
        var input = """
            {"reference": "\\frac{14}{3}", "prediction": "14/3", "tag": "a"}
            {"reference": 27.0, "output": "so the answer is $\\boxed{27}$", "tag": "b"}
            {"reference": "5", "output": "I am not sure", "tag": "c"}
            """;

        // When graded
        var (output, log, summary) = Run(input);

        // Then every line comes back in order with the verdict, 'extracted' only for output lines
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToArray();
        Assert.Equal(["a", "b", "c"], lines.Select(l => (string)l["tag"]!));
        Assert.Equal([true, true, false], lines.Select(l => (bool)l["equal"]!));
        Assert.Equal(["numeric", "numeric", "no-answer"], lines.Select(l => (string)l["why"]!));
        Assert.False(lines[0].ContainsKey("extracted"));
        Assert.Equal("27", (string)lines[1]["extracted"]!);
        Assert.Null(lines[2]["extracted"]);
        Assert.True(lines[2].ContainsKey("extracted"));
        Assert.Equal((3, 2, 0), (summary.Count, summary.Equal, summary.Skipped));
        Assert.Contains("3 graded, 2 equal", log);
    }

    [Theory]
    [InlineData("not json", "in.jsonl:2: malformed JSON")]
    [InlineData("{\"prediction\": \"1\"}", "in.jsonl:2: field 'reference'")]
    [InlineData("{\"reference\": \"1\"}", "in.jsonl:2: needs a 'prediction' or an 'output'")]
    [InlineData("{\"reference\": \"1\", \"prediction\": [1]}", "in.jsonl:2: field 'prediction' must be")]
    public void A_malformed_line_is_an_error_naming_its_line(string badLine, string expected)
    {
        // Given a valid first line and a malformed second line
        var input = "{\"reference\": \"1\", \"prediction\": \"1\"}\n" + badLine + "\n";

        // When graded without --skip-invalid
        var error = Assert.Throws<PsrException>(() => Run(input));

        // Then the error names the file and line
        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void With_skip_invalid_malformed_lines_are_reported_and_skipped()
    {
        // Given a malformed line between two valid ones
        var input = "{\"reference\": \"1\", \"prediction\": \"1\"}\n{oops\n{\"reference\": \"2\", \"prediction\": \"3\"}\n";

        // When graded with SkipInvalid
        var (output, log, summary) = Run(input, new GradeRunOptions { SkipInvalid = true });

        // Then the valid lines are graded and the bad one is reported with its number
        Assert.Equal((2, 1, 1), (summary.Count, summary.Equal, summary.Skipped));
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("skipped in.jsonl:2", log);
    }
}
