namespace Psr.Pipeline.Config;

/// <summary>How the real-data EFT builder scores a sibling step (its PRM).</summary>
public enum StepScorerKind
{
    /// <summary>Monte-Carlo rollouts (Math-Shepherd style): the fraction of k policy completions from the step that reach the gold answer.</summary>
    Rollouts,

    /// <summary>A served process reward model (vLLM <c>/pooling</c>, Qwen2.5-Math-PRM format) at <c>backends.prm</c>.</summary>
    PrmEndpoint,
}
