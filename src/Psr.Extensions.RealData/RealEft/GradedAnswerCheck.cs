using Psr.Eval.Extraction;
using Psr.Eval.Grading;

namespace Psr.Extensions.RealData.RealEft;

/// <summary>
/// psr's evaluation grader as the rollout check: the answer is extracted from the solution (<c>\boxed{}</c>, "answer
/// is", <c>####</c>, else the last number, as GSM8K evaluation does) and compared with the gold answer by value.
/// </summary>
public sealed class GradedAnswerCheck : IAnswerCheck
{
    private static readonly ExtractOptions Extraction = new() { Fallback = ExtractFallback.LastNumber };
    private readonly AnswerGrader _grader = new();

    /// <inheritdoc />
    public bool IsCorrect(string solution, string goldAnswer) =>
        AnswerExtractor.Extract(solution, Extraction) is { } answer && _grader.Grade(answer, goldAnswer).Equal;
}
