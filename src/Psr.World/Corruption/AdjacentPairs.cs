using Psr.World.Problems;

namespace Psr.World.Corruption;

/// <summary>Finds every <c>number op number</c> written side by side in an expression text such as <c>11*6+7</c>.</summary>
public static class AdjacentPairs
{
    /// <summary>The adjacent pairs, left to right (<c>11*6</c> and <c>6+7</c> above).</summary>
    public static IReadOnlyList<(long A, Operation Op, long B)> Find(string text)
    {
        var tokens = new List<(long Number, char Symbol)>();
        for (var p = 0; p < text.Length;)
        {
            if (!char.IsAsciiDigit(text[p]))
            {
                tokens.Add((-1, text[p++]));
                continue;
            }
            long v = 0;
            while (p < text.Length && char.IsAsciiDigit(text[p]))
                v = v * 10 + (text[p++] - '0');
            tokens.Add((v, '\0'));
        }
        var pairs = new List<(long, Operation, long)>();
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            var op = OperationMath.FromSymbol(tokens[k + 1].Symbol);
            if (tokens[k].Number >= 0 && op != Operation.None && tokens[k + 2].Number >= 0)
                pairs.Add((tokens[k].Number, op, tokens[k + 2].Number));
        }
        return pairs;
    }
}
