namespace Psr.World.Oracle;

/// <summary>The oracle's score of a whole solution.</summary>
/// <param name="FinalAnswer">The number in the last <c>\boxed{}</c>, or null when there is none.</param>
/// <param name="FinalAnswerCorrect">Whether <paramref name="FinalAnswer"/> equals the exact answer.</param>
/// <param name="ProcessCorrect">Whether every line is a correct step and the solution ends with the answer line.</param>
/// <param name="FirstWrongLine">0-based index (among non-blank lines) of the first wrong line; the line count when
/// only the answer is missing; -1 when the process is correct.</param>
/// <param name="FirstWrongReason">Why that line is wrong; <see cref="StepReason.Ok"/> when the process is correct.</param>
/// <param name="LineCount">Non-blank lines read.</param>
public sealed record SolutionScore(
    long? FinalAnswer,
    bool FinalAnswerCorrect,
    bool ProcessCorrect,
    int FirstWrongLine,
    StepReason FirstWrongReason,
    int LineCount);
