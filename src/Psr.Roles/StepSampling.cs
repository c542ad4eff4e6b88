namespace Psr.Roles;

/// <summary>How the policy samples candidates for one call (the same for every prefix of the call).</summary>
/// <param name="Width">Candidates per prefix (the paper's w).</param>
/// <param name="Temperature">Sampling temperature.</param>
/// <param name="TopP">Nucleus threshold.</param>
/// <param name="MaxStepTokens">Token cap for one step; a step cut here ends with <see cref="CandidateEnd.TokenLimit"/>.</param>
public sealed record StepSampling(int Width, double Temperature, double TopP, int MaxStepTokens);
