using System.Text.Json.Serialization;

namespace Psr.Pipeline.Search;

/// <summary>Everything one expansion saw and decided.</summary>
/// <param name="Index">0-based expansion index within the question.</param>
/// <param name="StepIndex">The prefix length: how many accepted steps preceded the candidates.</param>
/// <param name="Seed">The policy seed of the expansion (a JSON string: 64-bit values lose precision in JavaScript viewers).</param>
/// <param name="Candidates">The w candidates.</param>
/// <param name="Comparisons">Every ordered pair (i, j), i ≠ j, in row-major order; empty when all candidates were identical (with <c>search.judgeIdentical</c>, the one self-comparison (0, 0)).</param>
/// <param name="Outcome">What happened to the path.</param>
/// <param name="ChosenIndex">The accepted candidate, if one was accepted.</param>
/// <param name="RejectedIndex">The worst candidate, when the expansion was scored with a winner.</param>
/// <param name="Pair">What became of the pair.</param>
/// <param name="PathFinished">True when this expansion's accepted step ended the solution.</param>
public sealed record ExpansionTrace(
    int Index,
    int StepIndex,
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)] ulong Seed,
    IReadOnlyList<CandidateTrace> Candidates,
    IReadOnlyList<ComparisonTrace> Comparisons,
    ExpansionOutcome Outcome,
    int? ChosenIndex,
    int? RejectedIndex,
    PairDecision Pair,
    bool PathFinished);
