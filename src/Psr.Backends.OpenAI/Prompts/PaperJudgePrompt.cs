using Psr.Backends.OpenAI.Client;
using Psr.Protocol.OpenAI;
using Psr.Roles;
using Psr.Roles.Prompts;

namespace Psr.Backends.OpenAI.Prompts;

/// <summary>
/// The paper's Figure 5 step-wise judge prompt (text: <see cref="JudgePromptText"/>) for served judges. The answer ends with
/// <c>[[A]]</c> or <c>[[B]]</c> (read by <see cref="BracketVerdictParser"/>).
/// </summary>
public sealed class PaperJudgePrompt : IJudgePrompt
{
    /// <inheritdoc />
    public IReadOnlyList<string> Stops { get; } = [];

    /// <summary>The full prompt text of one comparison (<see cref="JudgePromptText.Paper"/>).</summary>
    public static string Text(StepComparison c) => JudgePromptText.Paper(c);

    /// <inheritdoc />
    public RemotePrompt Format(StepComparison comparison, EndpointApi api) => api == EndpointApi.Completions
        ? RemotePrompt.Raw(Text(comparison) + "\n\n")
        : RemotePrompt.Chat([new ChatMessage("user", Text(comparison))]);
}
