using System.Text;
using Psr.Backends.OpenAI.Client;
using Psr.Protocol.OpenAI;
using Psr.Roles;

namespace Psr.Backends.OpenAI.Prompts;

/// <summary>
/// The tiny world model's solve format (the same text as the in-process policy): the question and each accepted
/// step on its own line; a step ends at the next newline. On the chat route the question is the user turn and the
/// steps a partial assistant turn to continue.
/// </summary>
public sealed class LinePolicyPrompt : IPolicyPrompt
{
    private const string LineEnd = "\n";

    /// <inheritdoc />
    public IReadOnlyList<string> StepStops { get; } = [LineEnd];

    /// <inheritdoc />
    public RemotePrompt Format(StepPrefix prefix, EndpointApi api)
    {
        var steps = new StringBuilder();
        foreach (var step in prefix.PreviousSteps)
            steps.Append(step).Append(LineEnd);
        if (api == EndpointApi.Completions)
            return RemotePrompt.Raw(prefix.Question + LineEnd + steps);
        List<ChatMessage> messages = [new("user", prefix.Question + LineEnd)];
        if (steps.Length > 0)
            messages.Add(new("assistant", steps.ToString()));
        return RemotePrompt.Chat(messages);
    }
}
