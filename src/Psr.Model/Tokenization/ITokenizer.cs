namespace Psr.Model.Tokenization;

/// <summary>
/// Text to token ids and back. Implemented by the character-level tokenizer of the built-in world and by the
/// Qwen2/Qwen3 byte-level BPE loaded from a Hugging Face <c>tokenizer.json</c>.
/// </summary>
public interface ITokenizer
{
    /// <summary>Number of ids the model's embedding must cover (regular plus special tokens).</summary>
    int VocabSize { get; }

    /// <summary>Id that ends a generated sequence (e.g. <c>&lt;|endoftext|&gt;</c>).</summary>
    int EosId { get; }

    /// <summary>Id used to pad ragged batches; never attended to.</summary>
    int PadId { get; }

    /// <summary>Encodes <paramref name="text"/>; special-token strings in the text map to their ids.</summary>
    int[] Encode(string text);

    /// <summary>Decodes <paramref name="ids"/> back to text.</summary>
    string Decode(ReadOnlySpan<int> ids);
}
