using Psr.Eval.Grading;

namespace Psr.Eval.Tests.Grading;

/// <summary>§6 tuples, intervals, matrices, unordered lists and sets, on real benchmark answers.</summary>
public sealed class StructureConformanceTests
{
    private static readonly AnswerGrader Grader = new();

    [Theory]
    // ordered pairs and vectors: element-wise, in order
    [InlineData("(3, \\frac{\\pi}{2})", "\\left( 3, \\frac{\\pi}{2} \\right)", true, "normalized")]
    [InlineData("(3, 1.5707963)", "\\left( 3, \\frac{\\pi}{2} \\right)", false, "mismatch")]
    [InlineData("(\\frac{\\pi}{2}, 3)", "\\left( 3, \\frac{\\pi}{2} \\right)", false, "mismatch")]
    [InlineData("(6, 31, -1)", "(6,31,-1)", true, "normalized")]
    [InlineData("(6,-1,31)", "(6,31,-1)", false, "mismatch")]
    [InlineData("(-2, 1)", "(-2,1)", true, "normalized")]
    [InlineData("(1,-2)", "(-2,1)", false, "mismatch")]
    [InlineData("(-5/3, 0)", "$\\left(-\\frac53,0\\right)$", true, "tuple")]
    [InlineData("(-\\frac{5}{3},0,1)", "$\\left(-\\frac53,0\\right)$", false, "mismatch")]
    // intervals: bracket types matter
    [InlineData("(3,4]", "(3,4]", true, "exact")]
    [InlineData("[3,4]", "(3,4]", false, "mismatch")]
    [InlineData("(3,4)", "(3,4]", false, "mismatch")]
    [InlineData("(2, \\infty)", "(2,\\infty)", true, "normalized")]
    [InlineData("(2, +\\infty)", "(2,\\infty)", true, "tuple")]
    [InlineData("[2,\\infty)", "(2,\\infty)", false, "mismatch")]
    [InlineData("(-\\infty,0]", "(-\\infty, 0]", true, "normalized")]
    [InlineData("[-2,7]", "x \\in [-2,7]", true, "normalized")]
    [InlineData("[-2, 7)", "x \\in [-2,7]", false, "mismatch")]
    [InlineData("(3,\\infty) \\cup (-\\infty,2)", "(-\\infty, 2) \\cup (3, \\infty)", true, "set")]
    [InlineData("(-\\infty, 2] \\cup (3, \\infty)", "(-\\infty, 2) \\cup (3, \\infty)", false, "mismatch")]
    [InlineData("(0,9) \\cup (9,36)", "(0,9) \\cup (9,36)", true, "exact")]
    [InlineData("(0,36)", "(0,9) \\cup (9,36)", false, "mismatch")]
    [InlineData("[2,+\\infty)", "$[2,+\\infty)$", true, "normalized")]
    // matrices and column vectors
    [InlineData("\\begin{pmatrix} -\\frac13 \\\\ \\frac23 \\\\ \\frac53 \\end{pmatrix}", "\\begin{pmatrix} -1/3 \\\\ 2/3 \\\\ 5/3 \\end{pmatrix}", true, "matrix")]
    [InlineData("\\begin{bmatrix} -2 \\\\ -14 \\\\ -7 \\end{bmatrix}", "\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}", true, "normalized")]
    [InlineData("(-2,-14,-7)", "\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}", true, "matrix")]
    [InlineData("\\begin{pmatrix} -2 \\\\ -7 \\\\ -14 \\end{pmatrix}", "\\begin{pmatrix} -2 \\\\ -14 \\\\ -7 \\end{pmatrix}", false, "mismatch")]
    [InlineData("\\begin{pmatrix} -1&0\\\\0&-1 \\end{pmatrix}", "\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}", true, "normalized")]
    [InlineData("\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}", "\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}", false, "mismatch")]
    [InlineData("\\begin{pmatrix} 0.2 \\\\ -3.6 \\end{pmatrix}", "\\begin{pmatrix} 1/5 \\\\ -18/5 \\end{pmatrix}", true, "matrix")]
    [InlineData("\\begin{pmatrix} -1 & 0 \\end{pmatrix}", "\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}", false, "mismatch")]
    // unordered lists ("all solutions, separated by commas"), sets, \pm
    [InlineData("-2, 1", "1,-2", true, "set")]
    [InlineData("1, -2", "1,-2", true, "normalized")]
    [InlineData("1", "1,-2", false, "mismatch")]
    [InlineData("1,-2,3", "1,-2", false, "mismatch")]
    [InlineData("7, 5, 3", "3, 5, 7", true, "set")]
    [InlineData("3, 5", "3, 5, 7", false, "mismatch")]
    [InlineData("1+\\sqrt{19}, 1-\\sqrt{19}", "1 \\pm \\sqrt{19}", true, "set")]
    [InlineData("1-\\sqrt{19}, 1+\\sqrt{19}", "1 \\pm \\sqrt{19}", true, "set")]
    [InlineData("1+\\sqrt{19}", "1 \\pm \\sqrt{19}", false, "mismatch")]
    [InlineData("3+2\\sqrt2,3-2\\sqrt2", "3 \\pm 2 \\sqrt{2}", true, "set")]
    [InlineData("-2, 1+\\sqrt5, 1-\\sqrt5", "\\{1\\pm\\sqrt{5},-2\\}", false, "mismatch")]
    [InlineData("\\{8,6,4,2,0\\}", "$\\{0,2,4,6,8\\}$", true, "set")]
    [InlineData("\\{0,2,4,6\\}", "$\\{0,2,4,6,8\\}$", false, "mismatch")]
    [InlineData("\\{1\\}", "$\\{1\\}$", true, "normalized")]
    [InlineData("1", "$\\{1\\}$", true, "normalized")]
    [InlineData("(0,2,4,6,8)", "$\\{0,2,4,6,8\\}$", false, "mismatch")]
    [InlineData("\\{1,2\\}", "(1,2)", false, "mismatch")]
    [InlineData("2, -2, \\frac12, -\\frac12", "$2$ or $-2$ or $\\frac{1}{2}$ or $-\\frac{1}{2}$", true, "set")]
    [InlineData("2, -2", "$2$ or $-2$ or $\\frac{1}{2}$ or $-\\frac{1}{2}$", false, "mismatch")]
    [InlineData("(9,3),(6,3),(9,5),(54,5)", "$(6,3),(9,3),(9,5),(54,5)$", true, "set")]
    [InlineData("(3,6),(3,9),(5,9),(5,54)", "$(6,3),(9,3),(9,5),(54,5)$", false, "mismatch")]
    [InlineData("5, 15", "5,15", true, "normalized")]
    [InlineData("15,5", "5,15", true, "set")]
    [InlineData("60^\\circ, 90^\\circ", "$90^{\\circ}$,$60^{\\circ}$", true, "set")]
    [InlineData("(1,1),(3,2)", "$(1,1), (3,2)$", true, "normalized")]
    public void Structures_compare_element_wise_or_as_multisets(string prediction, string reference, bool equal, string why)
    {
        // Given a structured real reference answer and a prediction
        // When they are graded with the default options
        var result = Grader.Grade(prediction, reference);

        // Then order and bracket types matter exactly where the rules say
        Assert.Equal((equal, why), (result.Equal, result.Why));
    }
}
