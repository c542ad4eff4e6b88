namespace Psr.Training.Data;

/// <summary>Whether a completion is followed by the tokenizer's end-of-sequence id when tokenized for training.</summary>
public enum EosPolicy
{
    /// <summary>Append EOS, so the model learns to stop after the response (SFT of whole solutions).</summary>
    Append,

    /// <summary>Leave the completion as is (a step that the solution continues after).</summary>
    Omit,
}
