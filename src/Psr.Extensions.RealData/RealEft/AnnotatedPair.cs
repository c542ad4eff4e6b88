using Psr.Roles;

namespace Psr.Extensions.RealData.RealEft;

/// <summary>A candidate pair with the annotator's two judgments and the filter's decision.</summary>
/// <param name="Pair">The candidate pair.</param>
/// <param name="BestFirst">The judgment with the PRM's best step shown as A.</param>
/// <param name="WorstFirst">The judgment with the PRM's worst step shown as A.</param>
/// <param name="Decision">Kept, or why dropped.</param>
public sealed record AnnotatedPair(CandidatePair Pair, StepJudgment BestFirst, StepJudgment WorstFirst, EftDecision Decision);
