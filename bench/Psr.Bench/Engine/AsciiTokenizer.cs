using Psr.Model.Tokenization;

namespace Psr.Bench.Engine;

/// <summary>
/// Printable ASCII as ids 0..95 with no EOS (id -1 is never sampled), so every benchmark sequence runs to its token
/// limit as the peer's does; the psr CharTokenizer has an EOS a random model samples about once per 96 tokens.
/// </summary>
internal sealed class AsciiTokenizer : ITokenizer
{
    private const int First = 32;

    public int VocabSize => 96;

    public int EosId => -1;

    public int PadId => 0;

    public int[] Encode(string text) => text.Select(c => c - First).ToArray();

    public string Decode(ReadOnlySpan<int> ids)
    {
        var chars = new char[ids.Length];
        for (var i = 0; i < ids.Length; i++)
            chars[i] = (char)(ids[i] + First);
        return new string(chars);
    }
}
