using Psr.Eval.Grading;

namespace Psr.Eval.Tests.Grading;

/// <summary>§6 formatting and algebraic equivalence, on real benchmark answers.</summary>
public sealed class ExpressionConformanceTests
{
    private static readonly AnswerGrader Grader = new();

    [Theory]
    // formatting: \dfrac, \frac12, a/b, spaces, \left/\right, \!, $..$, \(..\), \boxed{}, braces
    [InlineData("\\frac{17}{50}", "\\dfrac{17}{50}", true, "normalized")]
    [InlineData("17/50", "\\dfrac{17}{50}", true, "numeric")]
    [InlineData("\\frac{4}{3}", "\\frac43", true, "numeric")]
    [InlineData("\\frac{9}{19}", "\\frac9{19}", true, "numeric")]
    [InlineData("\\tfrac{6}{5}", "\\frac65", true, "numeric")]
    [InlineData("\\boxed{\\frac{14}{3}}", "\\frac{14}{3}", true, "normalized")]
    [InlineData("$\\frac{9}{4}$", "$\\frac{9}{4}$", true, "exact")]
    [InlineData("\\(\\frac{9}{4}\\)", "$\\frac{9}{4}$", true, "normalized")]
    [InlineData("{9/4}", "$\\frac{9}{4}$", true, "numeric")]
    [InlineData("2.25", "$\\frac{9}{4}$", true, "numeric")]
    [InlineData("\\frac{4}{9}", "$\\frac{9}{4}$", false, "mismatch")]
    [InlineData("-\\frac{24}{25}", "-\\frac{24}{25}", true, "exact")]
    [InlineData("\\frac{-24}{25}", "-\\frac{24}{25}", true, "numeric")]
    [InlineData("\\frac{24}{25}", "-\\frac{24}{25}", false, "mismatch")]
    [InlineData("\\frac{2}{4}", "\\frac{1}{2}", true, "numeric")]
    // radicals
    [InlineData("\\sqrt{12}", "2\\sqrt{3}", true, "symbolic")]
    [InlineData("3\\sqrt{13}", "3\\sqrt{13}", true, "exact")]
    [InlineData("\\sqrt{117}", "3\\sqrt{13}", true, "symbolic")]
    [InlineData("11\\sqrt{2}", "11\\sqrt2", true, "symbolic")]
    [InlineData("\\sqrt{2}\\cdot 70", "70 \\sqrt{2}", true, "symbolic")]
    [InlineData("\\frac{\\sqrt{21}}{5}", "\\frac{\\sqrt{21}}{5}", true, "exact")]
    [InlineData("\\sqrt{\\frac{21}{25}}", "\\frac{\\sqrt{21}}{5}", true, "symbolic")]
    [InlineData("\\frac{21}{5\\sqrt{21}}", "\\frac{\\sqrt{21}}{5}", true, "symbolic")]
    [InlineData("\\frac{\\sqrt{7}}{4}", "$\\frac{\\sqrt{7}}{4}$", true, "normalized")]
    [InlineData("\\frac{3}{4}\\sqrt{3}", "\\frac{3\\sqrt{3}}{4}", true, "symbolic")]
    [InlineData("\\frac{3\\sqrt{2}}{4}", "\\frac{3\\sqrt{3}}{4}", false, "mismatch")]
    [InlineData("2\\sqrt{5}+1", "1+2\\sqrt{5}", true, "symbolic")]
    [InlineData("1+2\\sqrt{3}", "1+2\\sqrt{5}", false, "mismatch")]
    [InlineData("11+11\\sqrt5", "11 \\sqrt{5} + 11", true, "symbolic")]
    [InlineData("\\sqrt{4}", "2", true, "numeric")]
    [InlineData("\\sqrt[3]{27}", "3", true, "numeric")]
    [InlineData("2^{1009}", "$2^{1009}$", true, "normalized")]
    [InlineData("4^{504}\\cdot 2", "$2^{1009}$", true, "numeric")]
    [InlineData("2^{1008}", "$2^{1009}$", false, "mismatch")]
    // π, e
    [InlineData("\\pi/2", "\\frac{\\pi}{2}", true, "symbolic")]
    [InlineData("-\\pi/6", "-\\frac{\\pi}{6}", true, "symbolic")]
    [InlineData("\\frac{\\pi}{6}", "-\\frac{\\pi}{6}", false, "mismatch")]
    [InlineData("2\\pi+18", "18+2\\pi", true, "symbolic")]
    [InlineData("288\\pi", "288 \\pi", true, "normalized")]
    [InlineData("\\pi \\cdot 288", "288 \\pi", true, "symbolic")]
    [InlineData("\\frac{1}{e}", "e^{-1}", true, "symbolic")]
    [InlineData("90", "\\frac{\\pi}{2}", false, "mismatch")]
    // complex numbers
    [InlineData("6-5i", "6 - 5i", true, "normalized")]
    [InlineData("-5i+6", "6 - 5i", true, "symbolic")]
    [InlineData("6+5i", "6 - 5i", false, "mismatch")]
    [InlineData("274i+1", "1+274i", true, "symbolic")]
    [InlineData("(1+2i)", "1+2i", true, "symbolic")]
    // polynomials and expressions with variables
    [InlineData("-x+x^5-x^4+x^3-x^2-1", "x^5 - x^4 + x^3 - x^2 + x - 1", false, "mismatch")]
    [InlineData("x^5-x^4+x^3-x^2+x-1", "x^5 - x^4 + x^3 - x^2 + x - 1", true, "normalized")]
    [InlineData("(x-1)(x^4+x^2+1)", "x^5 - x^4 + x^3 - x^2 + x - 1", true, "symbolic")]
    [InlineData("x^3+3x-6", "x^3+3x-6", true, "exact")]
    [InlineData("3x+x^3-6", "x^3+3x-6", true, "symbolic")]
    [InlineData("x^3+3x+6", "x^3+3x-6", false, "mismatch")]
    [InlineData("ab+2a+5b+10", "(a+5)(b+2)", true, "symbolic")]
    [InlineData("ab+2a+5b+11", "(a+5)(b+2)", false, "mismatch")]
    [InlineData("2(k+1)", "2k+2", true, "symbolic")]
    [InlineData("2k+2n+1", "2k+2", false, "mismatch")]
    [InlineData("-(q-p)", "p - q", true, "symbolic")]
    [InlineData("q-p", "p - q", false, "mismatch")]
    [InlineData("2(3r^2-2r-12)", "6r^2-4r-24", true, "symbolic")]
    [InlineData("5r^{5}", "5r^5", true, "symbolic")]
    [InlineData("5r^4", "5r^5", false, "mismatch")]
    [InlineData("15x-80", "15x - 80", true, "normalized")]
    [InlineData("5(3x-16)", "15x - 80", true, "symbolic")]
    [InlineData("\\frac{x^2-1}{x-1}", "x+1", true, "symbolic")]
    [InlineData("x+1", "x+2n+1", false, "mismatch")]
    [InlineData("\\tan^2 y + 1", "\\sec^2 y", true, "symbolic")]
    [InlineData("\\sin^2 x + \\cos^2 x", "1", true, "symbolic")]
    [InlineData("\\frac{1}{2 n+2}", "$\\frac{1}{2 n+2}$", true, "normalized")]
    [InlineData("\\frac{1}{2(n+1)}", "$\\frac{1}{2 n+2}$", true, "symbolic")]
    [InlineData("\\frac{1}{2n+1}", "$\\frac{1}{2 n+2}$", false, "mismatch")]
    [InlineData("mn - \\lfloor m/2 \\rfloor", "$m n-\\lfloor m / 2\\rfloor$", true, "normalized")]
    [InlineData("\\sqrt{x^2}", "x", false, "mismatch")]
    public void Expressions_are_equal_when_they_denote_the_same_value(string prediction, string reference, bool equal, string why)
    {
        // Given a real reference answer and a reformatted or rearranged prediction
        // When they are graded with the default options
        var result = Grader.Grade(prediction, reference);

        // Then equivalent forms are accepted and different values are not
        Assert.Equal((equal, why), (result.Equal, result.Why));
    }
}
