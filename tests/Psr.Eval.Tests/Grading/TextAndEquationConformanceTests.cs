using Psr.Eval.Grading;

namespace Psr.Eval.Tests.Grading;

/// <summary>§6 text answers, choice letters, variable prefixes and equations, on real benchmark answers.</summary>
public sealed class TextAndEquationConformanceTests
{
    private static readonly AnswerGrader Grader = new();

    [Theory]
    [InlineData("Evelyn", "\\text{Evelyn}", true, "text")]
    [InlineData("\\text{evelyn}", "\\text{Evelyn}", true, "text")]
    [InlineData("Eve", "\\text{Evelyn}", false, "text")]
    [InlineData("East", "\\text{east}", true, "text")]
    [InlineData("west", "\\text{east}", false, "text")]
    [InlineData("\\text{even}", "\\text{even}", true, "exact")]
    [InlineData("odd", "\\text{even}", false, "text")]
    [InlineData("C", "\\text{(C)}", true, "text")]
    [InlineData("(C)", "\\text{(C)}", true, "text")]
    [InlineData("\\textbf{(C)}", "\\text{(C)}", true, "text")]
    [InlineData("D", "\\text{(C)}", false, "mismatch")]
    [InlineData("(E)", "\\text{(E)}", true, "text")]
    [InlineData("c", "C", true, "text")]
    [InlineData("B", "C", false, "mismatch")]
    [InlineData("Quadrant I", "Quadrant I", true, "exact")]
    [InlineData("quadrant I", "Quadrant I", true, "text")]
    // variable prefix: x=5 equals 5 when the reference is a value
    [InlineData("x=5", "5", true, "normalized")]
    [InlineData("5", "x=5", true, "normalized")]
    [InlineData("k = 5", "5", true, "normalized")]
    [InlineData("x = 6", "x=5", false, "mismatch")]
    [InlineData("x=4", "5", false, "mismatch")]
    // equations: rearranged right-hand sides and multiples describe the same line/plane/curve
    [InlineData("y = 3 + 2x", "y = 2x + 3", true, "equation")]
    [InlineData("y=2x+3", "y = 2x + 3", true, "normalized")]
    [InlineData("2x - y + 3 = 0", "y = 2x + 3", true, "equation")]
    [InlineData("y = 2x - 3", "y = 2x + 3", false, "mismatch")]
    [InlineData("y=-2x", "y = -2x", true, "normalized")]
    [InlineData("2x+y=0", "y = -2x", true, "equation")]
    [InlineData("y = 2x", "y = -2x", false, "mismatch")]
    [InlineData("-5x+7y-11z-4=0", "5x - 7y + 11z + 4 = 0", true, "equation")]
    [InlineData("10x-14y+22z+8=0", "5x - 7y + 11z + 4 = 0", true, "equation")]
    [InlineData("5x - 7y + 11z - 4 = 0", "5x - 7y + 11z + 4 = 0", false, "mismatch")]
    [InlineData("x^2-y^2=2", "$\\frac{x^{2}}{2} - \\frac{y^{2}}{2} = 1$", true, "equation")]
    [InlineData("x^2+y^2=2", "$\\frac{x^{2}}{2} - \\frac{y^{2}}{2} = 1$", false, "mismatch")]
    [InlineData("y=\\frac{e}{4}(x+1)", "$y=\\frac{e}{4}x+\\frac{e}{4}$", true, "equation")]
    [InlineData("\\frac{9}{32}\\sqrt{2}", "$M=\\frac{9}{32} \\sqrt{2}$", true, "normalized")]
    // missing answers and data problems are counted, not thrown
    [InlineData("", "5", false, "no-answer")]
    [InlineData("   ", "5", false, "no-answer")]
    [InlineData("$$", "5", false, "no-answer")]
    [InlineData("5", "", false, "no-reference")]
    public void Text_and_equations_follow_the_agreed_conventions(string prediction, string reference, bool equal, string why)
    {
        // Given a real reference answer and a prediction
        // When they are graded with the default options
        var result = Grader.Grade(prediction, reference);

        // Then the verdict and the deciding rule are the documented ones
        Assert.Equal((equal, why), (result.Equal, result.Why));
    }

    [Fact]
    public void A_missing_prediction_is_no_answer()
    {
        // Given no prediction at all (nothing was extracted)
        // When it is graded
        var result = Grader.Grade(null, "5");

        // Then it is not equal, as no-answer
        Assert.Equal((false, "no-answer"), (result.Equal, result.Why));
    }
}
