using CsCheck;
using Psr.World.Judging;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.World.Tests.Oracle;

public sealed class OracleFuzzTests
{
    private static readonly Expression Expr = ExpressionParser.Parse("(47+38)*6-282/6=?");

    /// <summary>Strings built from the format's own pieces: near-misses hit more parser paths than random text.</summary>
    private static readonly Gen<string> Adversarial = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["0123456789+-*/=(){}\\ :\n\r\tStepTheanswrisboxd[]AB_!;&|"], 0, 400],
        Gen.Select(Gen.Int[-5, 20], Gen.Long, Gen.Char["+-*/x="], Gen.Long, Gen.Long,
            (n, a, op, b, c) => $"Step {n}: {a}{op}{b}={c}"),
        Gen.Select(Gen.Long, n => $"The answer is \\boxed{{{n}}}"),
        Gen.Select(Gen.Int[0, 5000], n => new string('9', n)),
        Gen.Select(Gen.Int[0, 3000], n => string.Concat(Enumerable.Repeat("Step 1: 47+38=85\n", n))),
        Gen.Const("Step 99999999999999999999: 1+1=2"),
        Gen.Const("\\boxed{"),
        Gen.Const("[[A"));

    [Fact]
    public void Oracle_never_throws_and_only_ok_is_correct()
    {
        // Given any question, previous steps and candidate text
        Gen.Select(Adversarial, Adversarial, Adversarial).Sample((q, prev, cand) =>
        {
            // When they are judged by question text and by expression, and scored as solutions
            var byText = StepOracle.JudgeStep(q, [prev, null], cand);
            var byExpr = StepOracle.JudgeStep(Expr, [prev], cand);
            var score = StepOracle.ScoreSolution(Expr, prev + "\n" + cand);

            // Then a verdict comes back whose label and reason agree
            Assert.Equal(byText.Label == StepLabel.Correct, byText.Reason == StepReason.Ok);
            Assert.Equal(byExpr.Label == StepLabel.Correct, byExpr.Reason == StepReason.Ok);
            Assert.Equal(score.ProcessCorrect, score.FirstWrongLine < 0);
        }, iter: 20_000);
    }

    [Fact]
    public void Judge_parser_and_harness_never_throw_on_garbage()
    {
        // Given any judge output and candidates
        Gen.Select(Adversarial, Adversarial, Adversarial).Sample((output, a, b) =>
        {
            // When the output is parsed
            var parse = JudgeOutputParser.Parse(output);
            var harness = HarnessComparison.Judge(output, a, b);

            // Then a record comes back, parsed exactly when a verdict was found
            Assert.Equal(parse.Parsed, parse.Verdict != PairVerdict.Missing);
            Assert.Equal(harness.Parsed, harness.Verdict != PairVerdict.Missing);
        }, iter: 20_000);
    }

    [Fact]
    public void Explanation_writer_never_throws_on_garbage_candidates()
    {
        // Given the start position of an expression and any candidates
        WorldPosition.TryCreate(Expr, [], out var position);
        Gen.Select(Adversarial, Adversarial).Sample((a, b) =>
        {
            // When the target is written
            var target = JudgeExplanationWriter.Write(position!, a, b);

            // Then its marks agree with the oracle
            Assert.Equal(position!.Judge(a).Label == StepLabel.Correct, target.MarkA == CandidateMark.Right);
            Assert.Equal(position.Judge(b).Label == StepLabel.Correct, target.MarkB == CandidateMark.Right);
        }, iter: 5_000);
    }
}
