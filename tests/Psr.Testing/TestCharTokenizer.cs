using Psr.Model.Tokenization;

namespace Psr.Testing;

/// <summary>
/// Test-only character tokenizer with the shipped <c>CharTokenizer</c>'s special ids: pad = 0, EOS = 1, printable
/// ASCII ' '..'~' → 2..96, '\n' → 97.
/// </summary>
public sealed class TestCharTokenizer : ITokenizer
{
    public int VocabSize => 98;

    public int EosId => 1;

    public int PadId => 0;

    public int[] Encode(string text) => text.Select(c => c switch
    {
        '\n' => 97,
        >= ' ' and <= '~' => c - ' ' + 2,
        _ => throw new ArgumentException($"character U+{(int)c:X4} not in the test alphabet"),
    }).ToArray();

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
