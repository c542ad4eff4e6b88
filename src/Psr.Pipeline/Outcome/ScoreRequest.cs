namespace Psr.Pipeline.Outcome;

/// <summary>One whole solution for the model to score, with the seed of its judge samples.</summary>
/// <param name="Question">The question text.</param>
/// <param name="Solution">The solution text.</param>
/// <param name="Seed">Seed of this solution's judge samples (independent of the batch).</param>
public sealed record ScoreRequest(string Question, string Solution, ulong Seed);
