namespace Psr.Pipeline.Outcome;

/// <summary>One question to sample whole solutions for, with the seed of its candidates.</summary>
/// <param name="QuestionId">The question's id.</param>
/// <param name="Question">The question text.</param>
/// <param name="Seed">Seed of this question's candidates (independent of the batch).</param>
public sealed record SolutionRequest(string QuestionId, string Question, ulong Seed);
