namespace Psr.Roles.Backends;

/// <summary>Where the model runs.</summary>
public enum ModelBackend
{
    /// <summary>A TorchSharp checkpoint in-process (the built-in tiny model or a converted Qwen checkpoint).</summary>
    TorchSharp,

    /// <summary>An OpenAI-compatible HTTP endpoint (generation and judging only; no training).</summary>
    OpenAiCompatible,
}
