using Psr.Model.Tokenization;

namespace Psr.Training.Data;

/// <summary>
/// Text examples → token ids with the prompt/completion boundary. Prompt and completion are encoded separately, as at
/// inference, where the model reads the encoded prompt and then emits completion tokens one by one.
/// </summary>
public static class CompletionEncoder
{
    /// <summary>Encodes an SFT example, cut to <paramref name="maxLength"/> ids.</summary>
    public static PromptCompletion Encode(ITokenizer tokenizer, SftExample example, int maxLength, EosPolicy eos)
    {
        var prompt = tokenizer.Encode(example.Prompt);
        var response = WithEos(tokenizer, tokenizer.Encode(example.Response), eos);
        return PromptCompletion.Join(prompt, response, maxLength);
    }

    /// <summary>Encodes a preference pair; each side is cut to <paramref name="maxLength"/> ids with a shared prompt cut.</summary>
    public static PreferencePair Encode(ITokenizer tokenizer, PreferenceExample example, int maxLength, EosPolicy eos)
    {
        var prompt = tokenizer.Encode(example.Prompt);
        var chosen = WithEos(tokenizer, tokenizer.Encode(example.Chosen), eos);
        var rejected = WithEos(tokenizer, tokenizer.Encode(example.Rejected), eos);
        var room = Math.Max(chosen.Length, rejected.Length);
        return new PreferencePair(
            PromptCompletion.Join(prompt, chosen, maxLength, room),
            PromptCompletion.Join(prompt, rejected, maxLength, room));
    }

    private static int[] WithEos(ITokenizer tokenizer, int[] ids, EosPolicy eos) =>
        eos == EosPolicy.Append ? [.. ids, tokenizer.EosId] : ids;
}
