using System.Globalization;
using System.Text;
using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Protocol;
using Psr.Pipeline.Roles;

namespace Psr.Backends.OpenAI.Prompts;

/// <summary>
/// The paper's Figure 4 step-by-step prompt (paper-method §2.2) for served real models. The answer so far is written
/// as <c>Step 1:{s1}\nStep 2:{s2}\n…Step k:</c>, so a candidate is the text after <c>Step k:</c> up to the next
/// <c>\nStep </c>, and re-joining accepted steps reproduces exactly what the model wrote. On the chat route the
/// instruction is the user turn and the partial answer an assistant turn to continue (vLLM
/// <c>continue_final_message</c>).
/// </summary>
public sealed class PaperPolicyPrompt : IPolicyPrompt
{
    /// <summary>Figure 4, verbatim (with <c>\boxed{}</c> for the PDF's bare "boxed").</summary>
    public const string Instruction =
        "Let's think step by step and solve the following math problem. Use \"Step n: \" before each step to distinguish " +
        "between different steps, where n is a positive integer starting from 1, representing the current step number. " +
        "Put your final answer in \\boxed{}.\n\nProblem: ";

    /// <inheritdoc />
    public IReadOnlyList<string> StepStops { get; } = ["\nStep "];

    /// <summary>The Figure 4 prompt for a question (also the zero-shot evaluation prompt).</summary>
    public static string ForQuestion(string question) => Instruction + question;

    /// <inheritdoc />
    public RemotePrompt Format(StepPrefix prefix, EndpointApi api)
    {
        var answer = new StringBuilder();
        for (var i = 0; i < prefix.PreviousSteps.Count; i++)
            answer.Append(CultureInfo.InvariantCulture, $"Step {i + 1}:").Append(prefix.PreviousSteps[i]).Append('\n');
        answer.Append(CultureInfo.InvariantCulture, $"Step {prefix.PreviousSteps.Count + 1}:");
        if (api == EndpointApi.Completions)
            return RemotePrompt.Raw(ForQuestion(prefix.Question) + "\n\n" + answer);
        return RemotePrompt.Chat([new ChatMessage("user", ForQuestion(prefix.Question)), new ChatMessage("assistant", answer.ToString())]);
    }
}
