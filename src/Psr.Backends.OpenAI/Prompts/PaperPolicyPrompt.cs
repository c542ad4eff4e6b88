using Psr.Backends.OpenAI.Client;
using Psr.Protocol.OpenAI;
using Psr.Roles;
using Psr.Roles.Prompts;

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
    public const string Instruction = StepPromptText.Figure4;

    /// <inheritdoc />
    public IReadOnlyList<string> StepStops { get; } = ["\nStep "];

    /// <summary>The Figure 4 prompt for a question (also the zero-shot evaluation prompt).</summary>
    public static string ForQuestion(string question) => Instruction + question;

    /// <inheritdoc />
    public RemotePrompt Format(StepPrefix prefix, EndpointApi api)
    {
        if (api == EndpointApi.Completions)
            return RemotePrompt.Raw(StepPromptText.Prompt(PromptStyle.Paper, prefix.Question, prefix.PreviousSteps));
        return RemotePrompt.Chat([
            new ChatMessage("user", StepPromptText.Instruction(PromptStyle.Paper, prefix.Question)),
            new ChatMessage("assistant", StepPromptText.Prefix(PromptStyle.Paper, prefix.PreviousSteps))]);
    }
}
