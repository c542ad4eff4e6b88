using Psr.Core.Errors;
using Psr.Eval.Grading;

namespace Psr.Eval.Tests.Grading;

/// <summary>The policies grader-notes §6 leaves open, each switched away from its default.</summary>
public sealed class GradeOptionsTests
{
    [Theory]
    [InlineData("0.5", "50", PercentPolicy.SameNumber, false)]
    [InlineData("0.5", "50", PercentPolicy.AcceptScaledBy100, true)]
    [InlineData("5000", "50", PercentPolicy.AcceptScaledBy100, true)]
    [InlineData("0.6", "50", PercentPolicy.AcceptScaledBy100, false)]
    public void Percentage_leniency_is_an_option(string prediction, string reference, PercentPolicy policy, bool equal)
    {
        // Given a percentage policy
        var grader = new AnswerGrader(new GradeOptions { Percent = policy });

        // When a value scaled by 100 is graded
        // Then it is accepted only under the lenient policy
        Assert.Equal(equal, grader.Grade(prediction, reference).Equal);
    }

    [Theory]
    [InlineData("\\frac{2}{4}", FractionPolicy.ValueEqual, true)]
    [InlineData("\\frac{2}{4}", FractionPolicy.RequireReduced, false)]
    [InlineData("2/4", FractionPolicy.RequireReduced, false)]
    [InlineData("\\frac{1}{2}", FractionPolicy.RequireReduced, true)]
    public void Unreduced_fractions_are_an_option(string prediction, FractionPolicy policy, bool equal)
    {
        // Given a fraction policy
        var grader = new AnswerGrader(new GradeOptions { Fractions = policy });

        // When a fraction is graded against 1/2
        // Then an unreduced one is rejected only when reduction is required
        Assert.Equal(equal, grader.Grade(prediction, "\\frac12").Equal);
    }

    [Theory]
    [InlineData("0.33333", "\\frac13", 0.0, false)]
    [InlineData("0.33333", "\\frac13", 1e-4, true)]
    [InlineData("3.1416", "\\pi", 1e-4, true)]
    [InlineData("3.14", "\\pi", 1e-4, false)]
    public void A_relative_tolerance_accepts_rounded_decimals(string prediction, string reference, double tolerance, bool equal)
    {
        // Given a relative tolerance
        var grader = new AnswerGrader(new GradeOptions { RelativeTolerance = tolerance });

        // When a rounded decimal is graded against an exact value
        // Then it is accepted only within the tolerance
        Assert.Equal(equal, grader.Grade(prediction, reference).Equal);
    }

    [Theory]
    [InlineData("52", BaseSubscriptPolicy.AcceptMissingSubscript, true)]
    [InlineData("52", BaseSubscriptPolicy.RequireSubscript, false)]
    public void A_missing_base_subscript_is_an_option(string prediction, BaseSubscriptPolicy policy, bool equal)
    {
        // Given a base-subscript policy
        var grader = new AnswerGrader(new GradeOptions { BaseSubscripts = policy });

        // When the digits are given without the subscript
        // Then they are accepted only under the lenient policy
        Assert.Equal(equal, grader.Grade(prediction, "52_8").Equal);
    }

    [Theory]
    [InlineData("-5x+7y-11z-4=0", EquationPolicy.SameOrNegated, true)]
    [InlineData("10x-14y+22z+8=0", EquationPolicy.SameOrNegated, false)]
    [InlineData("10x-14y+22z+8=0", EquationPolicy.AnyNonzeroMultiple, true)]
    [InlineData("-5x+7y-11z-4=0", EquationPolicy.SameSides, false)]
    [InlineData("5x-7y+11z+4=0", EquationPolicy.SameSides, true)]
    public void Equation_scaling_is_an_option(string prediction, EquationPolicy policy, bool equal)
    {
        // Given an equation policy
        var grader = new AnswerGrader(new GradeOptions { Equations = policy });

        // When a multiple of the reference plane's equation is graded
        // Then the policy decides
        Assert.Equal(equal, grader.Grade(prediction, "5x - 7y + 11z + 4 = 0").Equal);
    }

    [Fact]
    public void Invalid_options_list_every_problem_with_its_value()
    {
        // Given options with several invalid members
        var options = new GradeOptions { TimeBudget = TimeSpan.Zero, SamplePoints = 1, RelativeTolerance = -1 };

        // When validated
        var error = Assert.Throws<ConfigException>(() => new AnswerGrader(options));

        // Then each problem is named with its value
        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("SamplePoints (1)", error.Message);
    }
}
