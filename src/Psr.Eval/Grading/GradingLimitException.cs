namespace Psr.Eval.Grading;

/// <summary>
/// Unwinds a comparison that ran over its time budget or a size cap; <see cref="AnswerGrader"/> turns it into a
/// not-equal verdict with why <c>timeout</c> or <c>too-large</c>. Never escapes the grader.
/// </summary>
internal sealed class GradingLimitException(GradeReason reason) : Exception(reason.ToWire())
{
    public GradeReason Reason { get; } = reason;
}
