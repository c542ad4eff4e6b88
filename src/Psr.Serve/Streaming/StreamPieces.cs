using Psr.Model.Generation;
using Psr.Model.Tokenization;

namespace Psr.Serve.Streaming;

/// <summary>
/// A finished completion's text cut into one piece per generated token, for streaming: piece k is what token k adds
/// to the decoded text. Decoding prefixes (not single tokens) keeps multi-byte characters split across tokens whole,
/// and the pieces are bounded by the completion's text, so they always concatenate to exactly that text (a matched
/// stop string, which the text leaves out, is never streamed).
/// </summary>
internal static class StreamPieces
{
    public static IReadOnlyList<string> Of(Completion completion, ITokenizer tokenizer)
    {
        var text = completion.Text;
        var pieces = new List<string>(completion.TokenIds.Length + 1);
        var sent = 0;
        for (var k = 1; k <= completion.TokenIds.Length && sent < text.Length; k++)
        {
            var prefix = tokenizer.Decode(completion.TokenIds[..k]);
            // Only a prefix of the final text may be sent: an incomplete character or a stop string in progress waits.
            if (prefix.Length > sent && prefix.Length <= text.Length && text.AsSpan().StartsWith(prefix))
            {
                pieces.Add(text[sent..prefix.Length]);
                sent = prefix.Length;
            }
        }
        if (sent < text.Length)
            pieces.Add(text[sent..]);
        return pieces;
    }
}
