namespace Psr.Roles;

/// <summary>One judge request: which of two candidate next steps is better, given the question and previous steps.</summary>
/// <param name="QuestionId">Stable id of the question.</param>
/// <param name="Question">The question text.</param>
/// <param name="PreviousSteps">Accepted steps, in order.</param>
/// <param name="CandidateA">The step shown in position A.</param>
/// <param name="CandidateB">The step shown in position B.</param>
/// <param name="Seed">Seed for a sampling judge (a greedy judge ignores it).</param>
public sealed record StepComparison(
    string QuestionId, string Question, IReadOnlyList<string> PreviousSteps, string CandidateA, string CandidateB, ulong Seed);
