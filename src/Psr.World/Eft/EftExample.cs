using Psr.World.Judging;

namespace Psr.World.Eft;

/// <summary>One judge training example: the prompt, the exact target, and what it teaches.</summary>
/// <param name="ProblemId">The problem's id.</param>
/// <param name="Prompt">The judge prompt (<see cref="JudgePrompt"/>).</param>
/// <param name="Target">The check lines and verdict (<see cref="JudgeExplanationWriter"/>).</param>
/// <param name="CandidateA">Candidate A as shown.</param>
/// <param name="CandidateB">Candidate B as shown.</param>
/// <param name="MarkA">Oracle mark of A.</param>
/// <param name="MarkB">Oracle mark of B.</param>
/// <param name="Verdict">The target verdict.</param>
/// <param name="Kind">The pair kind.</param>
/// <param name="WrongSource">Where the wrong candidate(s) came from: a corruption rule's name, <c>sampled</c>, or
/// empty for right-vs-right.</param>
public sealed record EftExample(
    string ProblemId,
    string Prompt,
    string Target,
    string CandidateA,
    string CandidateB,
    CandidateMark MarkA,
    CandidateMark MarkB,
    PairVerdict Verdict,
    EftPairKind Kind,
    string WrongSource);
