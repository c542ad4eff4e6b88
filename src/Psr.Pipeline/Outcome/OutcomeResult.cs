namespace Psr.Pipeline.Outcome;

/// <summary>One question of an outcome-baseline round (<c>results.jsonl</c>).</summary>
/// <param name="QuestionId">The question's id.</param>
/// <param name="Question">The question text.</param>
/// <param name="Candidates">The scored solutions, in sampling order.</param>
/// <param name="Decision">Whether a pair was kept, and why not.</param>
/// <param name="ChosenIndex">The highest-scored solution (lowest index among equals); null when unscored.</param>
/// <param name="RejectedIndex">The lowest-scored solution (lowest index among equals); null when unscored.</param>
/// <param name="Pair">The kept pair, or null.</param>
public sealed record OutcomeResult(string QuestionId, string Question, IReadOnlyList<ScoredSolution> Candidates, OutcomeDecision Decision,
    int? ChosenIndex, int? RejectedIndex, SolutionPair? Pair);
