namespace Psr.Roles;

/// <summary>
/// One policy request: a question and the steps accepted so far; the policy samples the next step's candidates.
/// </summary>
/// <param name="QuestionId">Stable id of the question (seeds and traces refer to it).</param>
/// <param name="Question">The question text.</param>
/// <param name="PreviousSteps">Accepted steps, in order (empty at the first step).</param>
/// <param name="Seed">Seed for this prefix's samples; the engine derives the w candidates' streams from it.</param>
public sealed record StepPrefix(string QuestionId, string Question, IReadOnlyList<string> PreviousSteps, ulong Seed);
