namespace Psr.Pipeline.Outcome;

/// <summary>How whole solutions are sampled.</summary>
/// <param name="Candidates">Solutions per question (N).</param>
/// <param name="Temperature">Sampling temperature.</param>
/// <param name="TopP">Nucleus threshold.</param>
/// <param name="MaxTokens">Token cap per solution.</param>
public sealed record SolutionSampling(int Candidates, double Temperature, double TopP, int MaxTokens);
