using System.Text.Json;
using Psr.Protocol.OpenAI;

namespace Psr.Backends.OpenAI.Client;

/// <summary>
/// Checks a response's choices and turns them into <see cref="RemoteChoice"/> records in index order. A missing
/// choice list, a wrong number of choices, duplicate or out-of-range indices, a missing text or an unknown
/// <c>finish_reason</c> is a <see cref="BackendException"/>: a wrong candidate set must never become a pair.
/// </summary>
internal static class ChoiceReader
{
    public static IReadOnlyList<RemoteChoice> Read(CompletionResponse response, int expected, Uri url) =>
        Order(response.Choices, expected, url, c => c.Index, c => Convert(c.Text, c.FinishReason, c.StopReason, Completion(c.Logprobs), c.Index, url));

    public static IReadOnlyList<RemoteChoice> Read(ChatCompletionResponse response, int expected, Uri url) =>
        Order(response.Choices, expected, url, c => c.Index, c => Convert(c.Message?.Content, c.FinishReason, c.StopReason, Chat(c.Logprobs), c.Index, url));

    private static IReadOnlyList<RemoteChoice> Order<T>(
        IReadOnlyList<T>? choices, int expected, Uri url, Func<T, int> index, Func<T, RemoteChoice> convert)
    {
        if (choices is null)
            throw new BackendException($"POST {url}: malformed response: no \"choices\" array");
        if (choices.Count != expected)
            throw new BackendException($"POST {url}: expected {expected} choices (n), got {choices.Count}");
        var ordered = new RemoteChoice?[expected];
        foreach (var choice in choices)
        {
            var i = index(choice);
            if (i < 0 || i >= expected || ordered[i] is not null)
                throw new BackendException($"POST {url}: malformed response: choice index {i} is out of range or repeated (n = {expected})");
            ordered[i] = convert(choice);
        }
        return ordered!;
    }

    private static RemoteChoice Convert(string? text, string? finish, JsonElement? stopReason, IReadOnlyList<TokenAlternatives>? logprobs, int index, Uri url)
    {
        if (text is null)
            throw new BackendException($"POST {url}: malformed response: choice {index} has no text");
        var truncated = finish switch
        {
            FinishReasons.Length => true,
            FinishReasons.Stop => false,
            _ => throw new BackendException($"POST {url}: choice {index} has finish_reason \"{finish}\" (expected \"stop\" or \"length\")"),
        };
        var stop = stopReason is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
        return new RemoteChoice(text, truncated, truncated ? null : stop, logprobs);
    }

    private static IReadOnlyList<TokenAlternatives>? Completion(CompletionLogProbs? logprobs)
    {
        if (logprobs is null)
            return null;
        return logprobs.Tokens.Select((token, i) => new TokenAlternatives(
            token,
            i < logprobs.TokenLogprobs.Count ? logprobs.TokenLogprobs[i] ?? double.NegativeInfinity : double.NegativeInfinity,
            logprobs.TopLogprobs is { } top && i < top.Count && top[i] is { } alternatives
                ? alternatives
                : new Dictionary<string, double>())).ToList();
    }

    private static IReadOnlyList<TokenAlternatives>? Chat(ChatLogProbs? logprobs) =>
        logprobs?.Content?.Select(t => new TokenAlternatives(t.Token, t.Logprob, Alternatives(t.TopLogprobs))).ToList();

    private static IReadOnlyDictionary<string, double> Alternatives(IReadOnlyList<ChatTokenLogProb>? top)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in top ?? [])
            result.TryAdd(t.Token, t.Logprob); // two byte-level tokens may decode to the same text: keep the likelier (first)
        return result;
    }
}
