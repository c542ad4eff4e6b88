namespace Psr.Extensions.RealData.RealEft;

/// <summary>How <see cref="RolloutStepScorer"/> completes a solution from a scored step.</summary>
/// <param name="Count">Rollouts per scored step (k).</param>
/// <param name="Temperature">Sampling temperature.</param>
/// <param name="TopP">Nucleus threshold.</param>
/// <param name="MaxStepTokens">Token cap of one step.</param>
/// <param name="MaxSteps">Most steps written after the scored step; a rollout still open then counts as wrong.</param>
public sealed record RolloutSettings(int Count, double Temperature, double TopP, int MaxStepTokens, int MaxSteps);
