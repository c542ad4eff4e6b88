namespace Psr.Pipeline.Search;

/// <summary>
/// A step-wise preference pair for step-DPO: prompt = question + previous steps, chosen = best candidate,
/// rejected = worst candidate.
/// </summary>
/// <param name="QuestionId">The question's id.</param>
/// <param name="Question">The question text.</param>
/// <param name="PreviousSteps">The accepted steps before this one.</param>
/// <param name="Chosen">The best-scored candidate (the one the path continued with).</param>
/// <param name="Rejected">The worst-scored candidate.</param>
/// <param name="ChosenScore">Wins of the chosen candidate.</param>
/// <param name="RejectedScore">Wins of the rejected candidate.</param>
/// <param name="ChosenFinal">True when the chosen step ends the solution (the trainer appends EOS only then).</param>
/// <param name="RejectedFinal">True when the rejected step would end the solution.</param>
/// <param name="Expansion">Index of the expansion that produced the pair (into the question's trace).</param>
public sealed record StepPair(
    string QuestionId,
    string Question,
    IReadOnlyList<string> PreviousSteps,
    string Chosen,
    string Rejected,
    int ChosenScore,
    int RejectedScore,
    bool ChosenFinal,
    bool RejectedFinal,
    int Expansion);
