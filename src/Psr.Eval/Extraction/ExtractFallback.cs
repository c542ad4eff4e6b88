namespace Psr.Eval.Extraction;

/// <summary>What to do when no answer marker is found.</summary>
public enum ExtractFallback
{
    /// <summary>Give no answer (default): unfinished reasoning such as <c>s = 7</c> must not yield one.</summary>
    None,
    /// <summary>Take the last number in the text, commas removed (GSM8K-style evaluation, Qwen2.5-Math default).</summary>
    LastNumber,
}
