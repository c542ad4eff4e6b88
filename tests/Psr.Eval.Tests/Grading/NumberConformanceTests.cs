using Psr.Eval.Grading;

namespace Psr.Eval.Tests.Grading;

/// <summary>§6 "Numbers" and "Units/symbols after a number", on real benchmark answers (the reference column).</summary>
public sealed class NumberConformanceTests
{
    private static readonly AnswerGrader Grader = new();

    [Theory]
    // thousands separators: GSM8K '#### 1,450,000', MATH-500 '10,\!080', '\$32,\!348'
    [InlineData("1450000", "1,450,000", true, "normalized")]
    [InlineData("2125", "2,125", true, "normalized")]
    [InlineData("10080", "10,\\!080", true, "normalized")]
    [InlineData("10,080", "10,\\!080", true, "normalized")]
    [InlineData("32348", "\\$32,\\!348", true, "normalized")]
    [InlineData("11111111100", "11,\\! 111,\\! 111,\\! 100", true, "normalized")]
    [InlineData("35000", "$35,000$", true, "normalized")]
    [InlineData("1625", "$1,625$", true, "normalized")]
    [InlineData("10081", "10,\\!080", false, "mismatch")]
    [InlineData("1450", "1,450,000", false, "mismatch")]
    // trailing zeros and AMC floats
    [InlineData("27", "27.0", true, "numeric")]
    [InlineData("3159", "3159.0", true, "numeric")]
    [InlineData("-1", "-1.0", true, "numeric")]
    [InlineData("18.00", "\\$18.90", false, "mismatch")]
    [InlineData("18.90", "\\$18.90", true, "normalized")]
    [InlineData("18.9", "\\$18.90", true, "numeric")]
    [InlineData("27.5", "27.0", false, "mismatch")]
    // leading-zero decimals (MATH-500 '.35625', '.0000672')
    [InlineData("0.35625", ".35625", true, "numeric")]
    [InlineData("0.0000672", ".0000672", true, "numeric")]
    [InlineData("6.72\\times 10^{-5}", ".0000672", true, "numeric")]
    [InlineData("0.3562", ".35625", false, "mismatch")]
    // AIME leading zeros
    [InlineData("25", "025", true, "numeric")]
    [InlineData("73", "073", true, "numeric")]
    [InlineData("080", "80", true, "numeric")]
    [InlineData("52", "025", false, "mismatch")]
    [InlineData("-204", "204", false, "mismatch")]
    [InlineData("-10", "-10", true, "exact")]
    [InlineData("10", "-10", false, "mismatch")]
    // decimal = fraction when exact
    [InlineData("0.8", "\\frac{4}{5}", true, "numeric")]
    [InlineData("1.5", "\\frac{3}{2}", true, "numeric")]
    [InlineData("0.25", "\\frac14", true, "numeric")]
    [InlineData("4.67", "\\frac{14}{3}", false, "mismatch")]
    [InlineData("0.333", "\\frac13", false, "mismatch")]
    [InlineData("3.14", "\\pi", false, "mismatch")]
    [InlineData("1.41421356", "\\sqrt{2}", false, "mismatch")]
    // mixed numbers are sums (gaokao '$1\frac45$', MATH-500 '1\frac{4}{5}')
    [InlineData("\\frac{9}{5}", "1\\frac{4}{5}", true, "numeric")]
    [InlineData("1.8", "$1\\frac45$", true, "numeric")]
    [InlineData("\\frac{4}{5}", "1\\frac{4}{5}", false, "mismatch")]
    [InlineData("\\frac{639}{40}", "15\\frac{39}{40}", true, "numeric")]
    [InlineData("-2\\frac{1}{2}", "-\\frac52", true, "numeric")]
    // scientific notation and scale words
    [InlineData("1.5 \\times 10^{3}", "1500", true, "numeric")]
    [InlineData("1.5\\cdot10^3", "1500", true, "numeric")]
    [InlineData("1.5 million", "1500000", true, "numeric")]
    [InlineData("2 billion", "2000000000", true, "numeric")]
    [InlineData("1.5 \\times 10^{4}", "1500", false, "mismatch")]
    // units and symbols after a number
    [InlineData("5.4", "5.4 \\text{ cents}", true, "normalized")]
    [InlineData("864", "864 \\mbox{ inches}^2", true, "normalized")]
    [InlineData("746496", "864 \\mbox{ inches}^2", false, "mismatch")]
    [InlineData("15", "15\\mbox{ cm}^2", true, "normalized")]
    [InlineData("\\frac{270}{7}", "\\frac{270}7\\text{ degrees}", true, "numeric")]
    [InlineData("18 dollars", "18", true, "normalized")]
    [InlineData("\\$36", "36", true, "normalized")]
    [InlineData("20", "20 $cm^{2}$", true, "normalized")]
    [InlineData("90", "90^\\circ", true, "normalized")]
    [InlineData("145^{\\circ}", "145^\\circ", true, "normalized")]
    [InlineData("145", "145^\\circ", true, "normalized")]
    [InlineData("35", "145^\\circ", false, "mismatch")]
    [InlineData("45", "45 minutes", true, "normalized")]
    // percent is a unit when both sides are the same number
    [InlineData("50\\%", "50", true, "normalized")]
    [InlineData("1.1", "$1.1\\%$", true, "normalized")]
    [InlineData("5.3\\%", "$5.3\\%$", true, "normalized")]
    [InlineData("0.053", "$5.3\\%$", false, "mismatch")]
    // base-subscript numerals (MATH-500 '52_8', '2516_8')
    [InlineData("52_8", "52_8", true, "exact")]
    [InlineData("52_{8}", "52_8", true, "numeric")]
    [InlineData("43_8", "52_8", false, "mismatch")]
    [InlineData("2516", "2516_8", true, "numeric")]
    [InlineData("1358", "2516_8", false, "mismatch")]
    [InlineData("4343_6", "4343_6", true, "exact")]
    // number words
    [InlineData("five", "5", true, "normalized")]
    [InlineData("twenty", "20", true, "normalized")]
    [InlineData("six", "5", false, "mismatch")]
    public void Numbers_follow_the_agreed_conventions(string prediction, string reference, bool equal, string why)
    {
        // Given a real reference answer and a prediction
        // When they are graded with the default options
        var result = Grader.Grade(prediction, reference);

        // Then the verdict and the deciding rule are the documented ones
        Assert.Equal((equal, why), (result.Equal, result.Why));
    }
}
