namespace Psr.Model.Generation;

/// <summary>Why a sequence stopped.</summary>
public enum StopReason
{
    /// <summary>The model emitted the end-of-sequence token.</summary>
    Eos,

    /// <summary>The text reached one of the stop strings.</summary>
    StopString,

    /// <summary>The token limit was reached.</summary>
    MaxTokens,

    /// <summary>The request's <see cref="GenerationRequest.Cancel"/> token fired (its client went away).</summary>
    Cancelled,
}
