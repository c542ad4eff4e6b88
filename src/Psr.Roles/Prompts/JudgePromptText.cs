using System.Globalization;
using System.Text;
using Psr.Roles;

namespace Psr.Roles.Prompts;

/// <summary>
/// The paper's Figure 5 step-wise judge prompt (paper-method §2.1), verbatim, with the question and previous steps
/// laid out as the notes recommend: the question, a blank line, then <c>Step n: …</c> lines. The answer ends with
/// <c>[[A]]</c> or <c>[[B]]</c>. Shared by the served judge (<c>PaperJudgePrompt</c>) and the SFT export of EFT data.
/// </summary>
public static class JudgePromptText
{
    /// <summary>Figure 5's instruction, verbatim.</summary>
    public const string Figure5 =
        "Please act as an impartial judge and evaluate the quality of two next reasoning steps provided by two AI assistants " +
        "to the question and partial reasoning steps displayed below. Your evaluation should consider correctness and " +
        "helpfulness. You will be given assistant A's answer, and assistant B's answer. Your job is to evaluate which " +
        "assistant's answer is better. You should compare the two responses and provide a detailed explanation. Avoid any " +
        "position biases and ensure that the order in which the responses were presented does not influence your decision. " +
        "Do not allow the length of the responses to influence your evaluation. Do not favor certain names of the assistants. " +
        "Be as objective as possible. After providing your explanation, output your final verdict by strictly following this " +
        "format: \"[[A]]\" if assistant A is better, and \"[[B]]\" if assistant B is better.";

    /// <summary>The full Figure 5 prompt of one comparison.</summary>
    public static string Paper(StepComparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var sb = new StringBuilder(Figure5.Length + 512);
        sb.Append(Figure5).Append("\n\n[Question and Intermediate Reasoning Steps Provided]\n").Append(c.Question);
        if (c.PreviousSteps.Count > 0)
            sb.Append('\n');
        for (var i = 0; i < c.PreviousSteps.Count; i++)
            sb.Append(CultureInfo.InvariantCulture, $"\nStep {i + 1}: ").Append(c.PreviousSteps[i].Trim());
        sb.Append("\n\n[The Start of Assistant A's Next Reasoning Step]\n").Append(c.CandidateA.Trim())
            .Append("\n[The End of Assistant A's Next Reasoning Step]\n\n[The Start of Assistant B's Next Reasoning Step]\n")
            .Append(c.CandidateB.Trim()).Append("\n[The End of Assistant B's Next Reasoning Step]");
        return sb.ToString();
    }
}
