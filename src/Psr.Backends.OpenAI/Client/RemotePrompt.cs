using Psr.Protocol.OpenAI;

namespace Psr.Backends.OpenAI.Client;

/// <summary>What is sent as the prompt: raw text (completions route) or a conversation (chat route).</summary>
/// <param name="Text">Raw prompt text for <c>/v1/completions</c>.</param>
/// <param name="Messages">Conversation for <c>/v1/chat/completions</c>.</param>
/// <param name="ContinueFinalMessage">
/// Chat only: the last message is a partial assistant turn to continue (vLLM's <c>continue_final_message</c>).
/// </param>
public sealed record RemotePrompt(string? Text, IReadOnlyList<ChatMessage>? Messages, bool ContinueFinalMessage = false)
{
    /// <summary>A raw-text prompt.</summary>
    public static RemotePrompt Raw(string text) => new(text, null);

    /// <summary>A conversation; continued when its last message is the assistant's.</summary>
    public static RemotePrompt Chat(IReadOnlyList<ChatMessage> messages) =>
        new(null, messages, messages.Count > 0 && messages[^1].Role == "assistant");
}
