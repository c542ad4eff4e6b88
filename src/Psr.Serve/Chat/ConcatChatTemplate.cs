using Psr.Protocol.OpenAI;

namespace Psr.Serve.Chat;

/// <summary>
/// For character-level psr models, which know no roles: the message contents concatenated in order, so a chat
/// request of one user message equals a completions request with that text.
/// </summary>
public sealed class ConcatChatTemplate : IChatTemplate
{
    /// <inheritdoc />
    public IReadOnlyList<string> TurnEnds { get; } = [];

    /// <inheritdoc />
    public string Render(IReadOnlyList<ChatMessage> messages, bool continueFinal, bool addGenerationPrompt) =>
        string.Concat(messages.Select(m => m.Content));
}
