namespace Psr.Pipeline.Outcome;

/// <summary>What a perfect scorer writes for one solution, and why.</summary>
/// <param name="Text">Check lines, then <c>Score: k</c>.</param>
/// <param name="Points">k, 0–5.</param>
/// <param name="CorrectLines">Lines before the first wrong one.</param>
/// <param name="CorrectOperations">Operation steps done before the first wrong line.</param>
/// <param name="AnswerCorrect">Whether the last boxed number is the exact answer.</param>
/// <param name="ProcessCorrect">Whether every line is correct and the solution ends with the answer line.</param>
public sealed record ScoreTarget(string Text, int Points, int CorrectLines, int CorrectOperations, bool AnswerCorrect, bool ProcessCorrect);
