using System.Globalization;
using System.Text;

namespace Psr.Roles.Prompts;

/// <summary>
/// The policy's prompt text for a question and accepted steps, split into the instruction (the question part) and
/// the prefix (the steps so far), so exports can place each where a format expects it. Instruction + separator +
/// prefix is exactly what the policy is sampled from, and a candidate step continues it.
/// </summary>
public static class StepPromptText
{
    /// <summary>Figure 4 (paper-method §2.2), verbatim, with <c>\boxed{}</c> for the PDF's bare "boxed".</summary>
    public const string Figure4 =
        "Let's think step by step and solve the following math problem. Use \"Step n: \" before each step to distinguish " +
        "between different steps, where n is a positive integer starting from 1, representing the current step number. " +
        "Put your final answer in \\boxed{}.\n\nProblem: ";

    /// <summary>The question part.</summary>
    public static string Instruction(PromptStyle style, string question) =>
        style == PromptStyle.Paper ? Figure4 + question : question + "\n";

    /// <summary>What joins instruction and prefix.</summary>
    public static string Separator(PromptStyle style) => style == PromptStyle.Paper ? "\n\n" : "";

    /// <summary>The steps so far; in paper style it ends with the next step's header <c>Step k:</c>.</summary>
    public static string Prefix(PromptStyle style, IReadOnlyList<string> steps)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < steps.Count; i++)
        {
            if (style == PromptStyle.Paper)
                sb.Append(CultureInfo.InvariantCulture, $"Step {i + 1}:");
            sb.Append(steps[i]).Append('\n');
        }
        if (style == PromptStyle.Paper)
            sb.Append(CultureInfo.InvariantCulture, $"Step {steps.Count + 1}:");
        return sb.ToString();
    }

    /// <summary>The full prompt: instruction, separator, prefix.</summary>
    public static string Prompt(PromptStyle style, string question, IReadOnlyList<string> steps) =>
        Instruction(style, question) + Separator(style) + Prefix(style, steps);
}
