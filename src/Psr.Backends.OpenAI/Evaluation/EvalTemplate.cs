namespace Psr.Backends.OpenAI.Evaluation;

/// <summary>How a benchmark question is turned into a zero-shot prompt.</summary>
public enum EvalTemplate
{
    /// <summary>
    /// The paper's Figure 4 step-by-step prompt (paper-method §2.2) with the problem. Completions: the instruction,
    /// then a blank line, exactly what the policy is sampled from before its first step. Chat: the instruction is the
    /// user message.
    /// </summary>
    Paper,

    /// <summary>The tiny world's format: the question and a newline (the model writes one step per line).</summary>
    Lines,

    /// <summary>The question text alone.</summary>
    Raw,
}
