using Psr.Core.Errors;
using Psr.Model.Qwen2;
using Psr.Model.Tokenization;

namespace Psr.Training.Data;

/// <summary>Checks shared by the trainers before any data is encoded.</summary>
public static class TokenizerFit
{
    /// <summary>Throws when <paramref name="tokenizer"/> can emit ids the model's embedding does not cover.</summary>
    public static void Ensure(ITokenizer tokenizer, Qwen2ForCausalLM model)
    {
        if (tokenizer.VocabSize > model.Config.VocabSize)
            throw new PsrException(
                $"tokenizer vocabulary ({tokenizer.VocabSize}) is larger than the model's vocab_size ({model.Config.VocabSize})");
    }
}
