using System.Text.Json.Nodes;
using Psr.Protocol.OpenAI;
using Psr.Model.Generation;
using Psr.Model.Tokenization;
using Psr.Serve.Batching;

namespace Psr.Serve.Streaming;

/// <summary>
/// The server-sent chunks of a streamed response, in OpenAI's shapes (<c>text_completion</c> chunks with <c>text</c>;
/// <c>chat.completion.chunk</c> with <c>delta</c>, the first carrying the role): one chunk per token piece, choices
/// interleaved by index (every choice's first piece, then every choice's second, …), then one chunk per choice with
/// its <c>finish_reason</c>. Built as JSON nodes because OpenAI sends <c>"finish_reason": null</c> explicitly, which the
/// wire records leave out.
/// </summary>
internal static class StreamChunks
{
    public static IEnumerable<JsonObject> Completion(string model, JobResult result, int n, ITokenizer tokenizer)
    {
        var head = Head("cmpl-", "text_completion", model);
        return Interleave(result.Completions, c => c.PromptIndex * n + c.Candidate, tokenizer, head,
            (index, piece) => new JsonObject { ["index"] = index, ["text"] = piece, ["logprobs"] = null, ["finish_reason"] = null },
            (index, c) => new JsonObject { ["index"] = index, ["text"] = "", ["logprobs"] = null, ["finish_reason"] = Finish(c) });
    }

    public static IEnumerable<JsonObject> Chat(string model, JobResult result, ITokenizer tokenizer)
    {
        var head = Head("chatcmpl-", "chat.completion.chunk", model);
        var roleSent = new HashSet<int>();
        return Interleave(result.Completions, c => c.Candidate, tokenizer, head,
            (index, piece) => new JsonObject
            {
                ["index"] = index,
                ["delta"] = roleSent.Add(index) ? new JsonObject { ["role"] = "assistant", ["content"] = piece } : new JsonObject { ["content"] = piece },
                ["logprobs"] = null, ["finish_reason"] = null,
            },
            (index, c) => new JsonObject
            {
                ["index"] = index,
                ["delta"] = roleSent.Add(index) ? new JsonObject { ["role"] = "assistant", ["content"] = "" } : new JsonObject(),
                ["logprobs"] = null, ["finish_reason"] = Finish(c),
            });
    }

    private static IEnumerable<JsonObject> Interleave(IReadOnlyList<Completion> completions, Func<Completion, int> indexOf, ITokenizer tokenizer,
        Func<JsonArray, JsonObject> head, Func<int, string, JsonObject> piece, Func<int, Completion, JsonObject> last)
    {
        var choices = completions.Select(c => (Index: indexOf(c), Completion: c, Pieces: StreamPieces.Of(c, tokenizer))).OrderBy(c => c.Index).ToList();
        var rounds = choices.Count == 0 ? 0 : choices.Max(c => c.Pieces.Count);
        for (var r = 0; r < rounds; r++)
        {
            foreach (var c in choices.Where(c => r < c.Pieces.Count))
                yield return head([piece(c.Index, c.Pieces[r])]);
        }
        foreach (var c in choices)
            yield return head([last(c.Index, c.Completion)]);
    }

    /// <summary>The fields every chunk of one response shares (one id and timestamp), around its choices.</summary>
    private static Func<JsonArray, JsonObject> Head(string prefix, string kind, string model)
    {
        var id = prefix + Guid.NewGuid().ToString("N");
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return choices => new JsonObject { ["id"] = id, ["object"] = kind, ["created"] = created, ["model"] = model, ["choices"] = choices };
    }

    private static string Finish(Completion c) => c.Reason == StopReason.MaxTokens ? FinishReasons.Length : FinishReasons.Stop;
}
