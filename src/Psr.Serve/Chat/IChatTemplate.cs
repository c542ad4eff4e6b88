using Psr.Protocol.OpenAI;

namespace Psr.Serve.Chat;

/// <summary>Turns a conversation into the prompt text the model continues.</summary>
public interface IChatTemplate
{
    /// <summary>Stop strings implied by the template (e.g. the end-of-turn marker), reported like EOS.</summary>
    IReadOnlyList<string> TurnEnds { get; }

    /// <summary>The prompt; <paramref name="continueFinal"/> leaves the last message open for the model to continue.</summary>
    string Render(IReadOnlyList<ChatMessage> messages, bool continueFinal, bool addGenerationPrompt);
}
