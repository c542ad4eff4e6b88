using System.Text;

namespace Psr.Backends.OpenAI.Prompts;

/// <summary>
/// The input format of Qwen2.5-Math-PRM (its model card): a ChatML conversation — the Qwen2.5-Math system prompt, the
/// question as the user turn, and the steps as the assistant turn, each step followed by the separator token
/// <c>&lt;extra_0&gt;</c>, where the model classifies the step as right or wrong. Written as text (what the tokenizer's
/// chat template produces) so any vLLM version's completion-style <c>/pooling</c> input takes it.
/// </summary>
public static class QwenPrmFormat
{
    /// <summary>The step separator the PRM scores at.</summary>
    public const string Separator = "<extra_0>";

    /// <summary>The system prompt the model card uses.</summary>
    public const string System = "Please reason step by step, and put your final answer within \\boxed{}.";

    /// <summary>The pooling input for a question and its steps (every step gets a separator; separators inside a step are removed).</summary>
    public static string Format(string question, IEnumerable<string> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var sb = new StringBuilder(512);
        sb.Append("<|im_start|>system\n").Append(System).Append("<|im_end|>\n<|im_start|>user\n").Append(question)
            .Append("<|im_end|>\n<|im_start|>assistant\n");
        foreach (var step in steps)
            sb.Append(step.Replace(Separator, "", StringComparison.Ordinal).Trim()).Append(Separator);
        return sb.Append("<|im_end|>\n").ToString();
    }
}
