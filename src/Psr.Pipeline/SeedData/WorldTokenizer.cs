using Psr.Model.Tokenization;

namespace Psr.Pipeline.SeedData;

/// <summary>The character tokenizer of the built-in world: newline plus printable ASCII (every world text fits).</summary>
public static class WorldTokenizer
{
    /// <summary>Newline, then the 95 printable ASCII characters in code order.</summary>
    public static string Alphabet { get; } = "\n" + new string(Enumerable.Range(32, 95).Select(c => (char)c).ToArray());

    /// <summary>Creates the tokenizer (2 special tokens + 96 characters = 98 ids).</summary>
    public static CharTokenizer Create() => CharTokenizer.Create(new CharTokenizerSpec { Alphabet = Alphabet });
}
