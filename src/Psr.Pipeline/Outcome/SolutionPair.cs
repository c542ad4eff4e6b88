namespace Psr.Pipeline.Outcome;

/// <summary>A whole-response preference pair: prompt = the question, chosen / rejected = whole solutions.</summary>
/// <param name="QuestionId">The question's id.</param>
/// <param name="Question">The question text.</param>
/// <param name="Chosen">The highest-scored solution.</param>
/// <param name="Rejected">The lowest-scored solution.</param>
/// <param name="ChosenScore">Its mean score.</param>
/// <param name="RejectedScore">Its mean score.</param>
public sealed record SolutionPair(string QuestionId, string Question, string Chosen, string Rejected, double ChosenScore, double RejectedScore);
