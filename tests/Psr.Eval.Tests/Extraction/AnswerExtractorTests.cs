using Psr.Eval.Extraction;

namespace Psr.Eval.Tests.Extraction;

public sealed class AnswerExtractorTests
{
    [Theory]
    // last \boxed{} with nested braces, spaces before the brace, escaped braces
    [InlineData("so $\\boxed{\\dfrac{9}{7}}$.", "\\dfrac{9}{7}", ExtractionRule.Boxed)]
    [InlineData("first \\boxed{3} then \\boxed{161}", "161", ExtractionRule.Boxed)]
    [InlineData("\\boxed {\\frac{1}{2}}", "\\frac{1}{2}", ExtractionRule.Boxed)]
    [InlineData("\\boxed{\\{1,2\\}}", "\\{1,2\\}", ExtractionRule.Boxed)]
    [InlineData("\\boxed{\\boxed{5}}", "5", ExtractionRule.Boxed)]
    [InlineData("The answer is $\\boxed 5$.", "5", ExtractionRule.Boxed)]
    [InlineData("\\boxed{\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}}", "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}", ExtractionRule.Boxed)]
    [InlineData("The answer is \\boxed{10,\\!080}", "10,\\!080", ExtractionRule.Boxed)]
    // Minerva form
    [InlineData("Final Answer: The final answer is $\\frac{3}{4}$. I hope it is correct.", "\\frac{3}{4}", ExtractionRule.Minerva)]
    // "answer is": cut at end of line / sentence, strip ':', $..$, \(..\), trailing '.'
    [InlineData("Thus the answer is 18.", "18", ExtractionRule.AnswerIs)]
    [InlineData("The answer is: $18$.", "18", ExtractionRule.AnswerIs)]
    [InlineData("The answer is \\(x=5\\).\nMore text", "x=5", ExtractionRule.AnswerIs)]
    [InlineData("The answer is 3.5. Next we check it.", "3.5", ExtractionRule.AnswerIs)]
    [InlineData("the answer is 2, then the answer is 7", "7", ExtractionRule.AnswerIs)]
    [InlineData("The answer is $18$ dollars.", "$18$ dollars", ExtractionRule.AnswerIs)]
    [InlineData("So the answer is \\text{east}", "\\text{east}", ExtractionRule.AnswerIs)]
    // GSM8K ####
    [InlineData("She makes 9 * 2 = $<<9*2=18>>18 every day.\n#### 18", "18", ExtractionRule.Hashes)]
    [InlineData("...\n#### 1,450,000", "1,450,000", ExtractionRule.Hashes)]
    [InlineData("#### -3\n", "-3", ExtractionRule.Hashes)]
    // PRM step-tag artefact is removed
    [InlineData("step ки\nThe answer is 4 ки", "4", ExtractionRule.AnswerIs)]
    public void Answers_are_extracted_by_the_first_matching_rule(string output, string expected, ExtractionRule rule)
    {
        // Given a solution text
        // When its answer is extracted with the default options
        var extracted = AnswerExtractor.ExtractWithRule(output);

        // Then the rule and the raw answer are the specified ones
        Assert.Equal((expected, rule), (extracted.Answer, extracted.Rule));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Let s = 7. Then (u-1)(u-4) = 0")]
    [InlineData("we get 42 apples")]
    [InlineData("The result is \\boxed{\\frac{1}{2}")]
    [InlineData("\\boxed{")]
    [InlineData("The answer is")]
    [InlineData("####")]
    public void Outputs_without_a_final_answer_give_none(string output)
    {
        // Given unfinished or truncated reasoning
        // When its answer is extracted with the default options (no last-number fallback)
        var extracted = AnswerExtractor.ExtractWithRule(output);

        // Then there is no answer
        Assert.Equal((null, ExtractionRule.None), (extracted.Answer, extracted.Rule));
    }

    [Theory]
    [InlineData("It costs 1,234 dollars and then 56.5 more", "56.5")]
    [InlineData("we get 42 apples", "42")]
    [InlineData("a total of -7", "-7")]
    public void The_last_number_fallback_is_opt_in(string output, string expected)
    {
        // Given an output with numbers but no answer marker
        var options = new ExtractOptions { Fallback = ExtractFallback.LastNumber };

        // When extracted with the GSM8K-style fallback
        var extracted = AnswerExtractor.ExtractWithRule(output, options);

        // Then the last number (commas removed) is the answer
        Assert.Equal((expected, ExtractionRule.LastNumber), (extracted.Answer, extracted.Rule));
    }

    [Fact]
    public void A_marker_wins_over_the_last_number_fallback()
    {
        // Given an output with a box followed by more numbers
        var output = "\\boxed{12} because 3 * 4 = 12 and 99";

        // When extracted with the fallback enabled
        var answer = AnswerExtractor.Extract(output, new ExtractOptions { Fallback = ExtractFallback.LastNumber });

        // Then the boxed answer is taken
        Assert.Equal("12", answer);
    }
}
