using Psr.Backends.OpenAI.Client;
using Psr.Protocol.OpenAI;
using Psr.Roles.Prompts;

namespace Psr.Backends.OpenAI.Evaluation;

/// <summary>Renders a question with an <see cref="EvalTemplate"/> for a route.</summary>
public static class EvalPrompts
{
    /// <summary>The prompt for <paramref name="question"/>: raw text for completions, one user message for chat.</summary>
    public static RemotePrompt Render(EvalTemplate template, string question, EndpointApi api)
    {
        var text = template switch
        {
            EvalTemplate.Paper => api == EndpointApi.Completions
                ? StepPromptText.Instruction(PromptStyle.Paper, question) + StepPromptText.Separator(PromptStyle.Paper)
                : StepPromptText.Instruction(PromptStyle.Paper, question),
            EvalTemplate.Lines => StepPromptText.Instruction(PromptStyle.Lines, question),
            EvalTemplate.Raw => question,
            _ => throw new ArgumentOutOfRangeException(nameof(template), template, "unknown template"),
        };
        return api == EndpointApi.Completions ? RemotePrompt.Raw(text) : RemotePrompt.Chat([new ChatMessage("user", text)]);
    }

    /// <summary>What the outputs file records as the prompt: the raw text, or the chat messages' contents.</summary>
    public static string Describe(RemotePrompt prompt) =>
        prompt.Text ?? string.Join("\n", (prompt.Messages ?? []).Select(m => m.Content));
}
