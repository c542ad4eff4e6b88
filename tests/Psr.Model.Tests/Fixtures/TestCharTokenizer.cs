using Psr.Model.Tokenization;

namespace Psr.Model.Tests.Fixtures;

/// <summary>Test-only character tokenizer: id 0 is EOS, 1 is padding, then one id per alphabet character.</summary>
internal sealed class TestCharTokenizer : ITokenizer
{
    private const string Alphabet = "\n abcdefghijklmnopqrstuvwxyzS0123456789+-=.:";

    public int VocabSize => Alphabet.Length + 2;
    public int EosId => 0;
    public int PadId => 1;

    public int[] Encode(string text) => text.Select(c => Alphabet.IndexOf(c) is >= 0 and var i
        ? i + 2
        : throw new ArgumentException($"character '{c}' not in the test alphabet")).ToArray();

    public string Decode(ReadOnlySpan<int> ids)
    {
        var chars = new char[ids.Length];
        var n = 0;
        foreach (var id in ids)
        {
            if (id >= 2)
                chars[n++] = Alphabet[id - 2];
        }
        return new string(chars, 0, n);
    }
}
