using System.Diagnostics;
using System.Text;
using Psr.Eval.Grading;

namespace Psr.Eval.Tests.Grading;

/// <summary>Random and adversarial inputs: grading never throws, never hangs, and stays within its budget.</summary>
public sealed class GraderFuzzTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(200);
    // Slack over the budget for a loaded 2-core CI machine; a hang would exceed it by orders of magnitude.
    private static readonly TimeSpan HangBound = Budget + TimeSpan.FromSeconds(3);
    private static readonly AnswerGrader Grader = new(new GradeOptions { TimeBudget = Budget });

    private static readonly string[] Fragments =
    [
        "\\frac", "\\sqrt", "{", "}", "(", ")", "[", "]", "\\{", "\\}", "^", "_", "x", "y", "2", "10", ".5", "-", "+",
        "*", "/", ",", "=", "\\pm", "\\pi", "e", "i", "\\infty", "\\cup", "\\text{", "cm", "$", "\\$", "\\%", "\\!",
        "\\left(", "\\right)", "\\begin{pmatrix}", "\\end{pmatrix}", "&", "\\\\", "\\sin", "\\log_", "!", "|", " ", "or",
        "\\boxed{", "1,000", "\\circ", "\\dfrac12", "\\binom", "\\lfloor", "\\rfloor", "0", "9", "\\", "'", "<",
    ];

    public static TheoryData<string> Adversarial() => new()
    {
        "10^{10^{10}}",
        "2^{2^{2^{2^{2}}}}",
        "(10^{4096})^{4096}",
        "9999999999999999!",
        "\\binom{100000}{50000}",
        "x^{x^{x^{x^{x^{x}}}}}",
        new string('{', 5000) + "1" + new string('}', 5000),
        new string('(', 40) + "1" + new string(')', 40),
        "\\frac{" + string.Concat(Enumerable.Repeat("\\frac{1}{", 40)) + "2" + new string('}', 41) + "{3}",
        new string('1', 100_000),
        string.Concat(Enumerable.Repeat("x+", 50_000)) + "1",
        "\\sqrt{" + new string('-', 1500) + "1}",
        "{{{{{{{{{{",
        "}}}}}}}}",
        "\\boxed{\\frac{1}{2",
        "\\begin{pmatrix}" + string.Concat(Enumerable.Repeat("1&", 500)) + "1\\end{pmatrix}",
        string.Join(",", Enumerable.Range(0, 400).Select(k => $"\\sqrt{{{k}}}")),
        string.Concat(Enumerable.Repeat("\\pm 1", 30)),
        "0^{-1}", "\\frac{1}{0}", "\\log 0", "\\sqrt[0]{2}", "\\tan(\\pi/2)", "0^0",
    };

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Adversarial_inputs_neither_throw_nor_hang(string input)
    {
        // Given an adversarial answer on either side of a comparison
        foreach (var (prediction, reference) in new[] { (input, "5"), ("5", input), (input, input + " "), (input, "x+1") })
        {
            // When it is graded
            var watch = Stopwatch.StartNew();
            var result = Grader.Grade(prediction, reference);

            // Then a verdict comes back within the budget (plus scheduling slack)
            Assert.True(watch.Elapsed < HangBound, $"took {watch.Elapsed} for {Describe(prediction)} vs {Describe(reference)}");
            Assert.Contains(result.Why, GradeReasonNames.All);
        }
    }

    [Fact]
    public void Random_fragment_strings_never_throw_and_stay_within_budget()
    {
        // Given 3000 random strings built from LaTeX fragments (seeded)
        var random = new Random(7);
        for (var n = 0; n < 3000; n++)
        {
            var a = RandomAnswer(random);
            var b = random.Next(4) == 0 ? a : RandomAnswer(random);

            // When each pair is graded
            var watch = Stopwatch.StartNew();
            var result = Grader.Grade(a, b);

            // Then a verdict with a known why code comes back in time
            Assert.True(watch.Elapsed < HangBound, $"took {watch.Elapsed} for '{a}' vs '{b}'");
            Assert.Contains(result.Why, GradeReasonNames.All);
        }
    }

    [Fact]
    public void Shuffled_polynomials_are_equal_and_shifted_ones_are_not()
    {
        // Given random integer polynomials in x and y
        var random = new Random(11);
        for (var n = 0; n < 200; n++)
        {
            var terms = Enumerable.Range(0, random.Next(2, 6))
                .Select(_ => $"{random.Next(1, 20)}x^{{{random.Next(0, 5)}}}y^{{{random.Next(0, 3)}}}").ToList();
            var written = string.Join(" + ", terms);
            var shuffled = string.Join("+", terms.OrderBy(_ => random.Next()).Select(t => t.Replace("x^{0}", "")));

            // When the shuffled form and a shifted form are graded against it
            var same = Grader.Grade(shuffled, written);
            var shifted = Grader.Grade(shuffled + "+1", written);

            // Then reordering is accepted and a shift is not
            Assert.True(same.Equal, $"{shuffled} vs {written}: {same.Why}");
            Assert.False(shifted.Equal, $"{shuffled}+1 vs {written}");
        }
    }

    private static string RandomAnswer(Random random)
    {
        var sb = new StringBuilder();
        var length = random.Next(1, 30);
        for (var k = 0; k < length; k++)
            sb.Append(Fragments[random.Next(Fragments.Length)]);
        return sb.ToString();
    }

    private static string Describe(string s) => s.Length <= 40 ? s : $"{s[..40]}... ({s.Length} chars)";
}
