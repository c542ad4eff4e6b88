namespace Psr.Roles;

/// <summary>One step to score.</summary>
/// <param name="QuestionId">Stable id of the problem.</param>
/// <param name="Question">The question text.</param>
/// <param name="PreviousSteps">The steps before <paramref name="Step"/>.</param>
/// <param name="Step">The scored step.</param>
/// <param name="StepEnd">How the policy ended the step (<see cref="CandidateEnd.EndOfSequence"/>: the solution ends here).</param>
/// <param name="GoldAnswer">The problem's gold answer (used by rollout scoring; a PRM ignores it).</param>
/// <param name="Seed">Seed of this request's samples (rollouts derive theirs from it).</param>
public sealed record StepScoreRequest(
    string QuestionId, string Question, IReadOnlyList<string> PreviousSteps, string Step, CandidateEnd StepEnd, string GoldAnswer, ulong Seed);
