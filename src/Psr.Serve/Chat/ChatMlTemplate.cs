using System.Text;
using Psr.Protocol.OpenAI;

namespace Psr.Serve.Chat;

/// <summary>
/// Qwen's ChatML layout, written out by hand because .NET has no Jinja engine to run <c>tokenizer_config.json</c>'s
/// template: <c>&lt;|im_start|&gt;role\ncontent&lt;|im_end|&gt;\n</c> per message, then
/// <c>&lt;|im_start|&gt;assistant\n</c>. No default system message is added (Qwen's templates differ per model
/// there; send one explicitly).
/// </summary>
public sealed class ChatMlTemplate : IChatTemplate
{
    /// <summary>The turn opener, also the token that identifies a ChatML tokenizer.</summary>
    public const string Start = "<|im_start|>";

    /// <summary>The turn end marker.</summary>
    public const string End = "<|im_end|>";

    /// <inheritdoc />
    public IReadOnlyList<string> TurnEnds { get; } = [End];

    /// <inheritdoc />
    public string Render(IReadOnlyList<ChatMessage> messages, bool continueFinal, bool addGenerationPrompt)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < messages.Count; i++)
        {
            sb.Append(Start).Append(messages[i].Role).Append('\n').Append(messages[i].Content);
            if (continueFinal && i == messages.Count - 1)
                return sb.ToString();
            sb.Append(End).Append('\n');
        }
        if (addGenerationPrompt)
            sb.Append(Start).Append("assistant\n");
        return sb.ToString();
    }
}
