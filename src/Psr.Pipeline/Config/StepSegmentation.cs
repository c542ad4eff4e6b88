namespace Psr.Pipeline.Config;

/// <summary>How gold solutions of a benchmark are split into steps for IFT.</summary>
public enum StepSegmentation
{
    /// <summary>One reasoning line = one step (documented splitter, no model needed).</summary>
    RuleBased,

    /// <summary>A backend model with the paper's Figure 3 segmentation prompt.</summary>
    Model,
}
