using Psr.Model.Tokenization;

namespace Psr.Training.Tests.Fixtures;

/// <summary>Test-only tokenizer: pad = 0, EOS = 1, printable ASCII ' '..'~' → 2..96, '\n' → 97.</summary>
public sealed class TestCharTokenizer : ITokenizer
{
    public int VocabSize => 98;

    public int EosId => 1;

    public int PadId => 0;

    public int[] Encode(string text) => text.Select(c => c == '\n' ? 97 : c - ' ' + 2).ToArray();

    public string Decode(ReadOnlySpan<int> ids)
    {
        var chars = new List<char>();
        foreach (var id in ids)
        {
            if (id >= 2)
                chars.Add(id == 97 ? '\n' : (char)(id - 2 + ' '));
        }
        return new string(chars.ToArray());
    }
}
