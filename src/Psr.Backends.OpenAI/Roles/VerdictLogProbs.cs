using System.Text;
using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Prompts;
using Psr.Roles;
using Psr.Roles.Prompts;

namespace Psr.Backends.OpenAI.Roles;

/// <summary>
/// A verdict from the verdict token's probabilities: at the last position whose preceding text ends with the
/// parser's opener (<c>[[</c>), compares the log-probabilities of the two verdict tokens among the sampled token and
/// its top alternatives (a token missing from them counts as impossible). Null when no such position exists or
/// neither token is listed, so the text verdict stands.
/// </summary>
public static class VerdictLogProbs
{
    /// <summary>The probability-decided verdict, or null.</summary>
    public static JudgeVerdict? Decide(IReadOnlyList<TokenAlternatives> tokens, IVerdictParser parser)
    {
        var (a, b) = parser.VerdictTokens;
        var text = new StringBuilder();
        JudgeVerdict? last = null;
        foreach (var t in tokens)
        {
            if (text.Length >= parser.VerdictOpener.Length && text.ToString(text.Length - parser.VerdictOpener.Length, parser.VerdictOpener.Length) == parser.VerdictOpener)
            {
                var pa = LogProb(t, a);
                var pb = LogProb(t, b);
                if (pa > pb)
                    last = JudgeVerdict.A;
                else if (pb > pa)
                    last = JudgeVerdict.B;
            }
            text.Append(t.Token);
        }
        return last;
    }

    private static double LogProb(TokenAlternatives t, string token) =>
        t.Top.TryGetValue(token, out var lp) ? lp : t.Token == token ? t.LogProb : double.NegativeInfinity;
}
