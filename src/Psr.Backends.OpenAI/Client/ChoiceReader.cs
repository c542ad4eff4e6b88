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
        Order(response.Choices, expected, url, c => c.Index, c => Convert(c.Text, c.FinishReason, c.StopReason, Completion(c.Logprobs, Where(url, c.Index)), c.Index, url));

    public static IReadOnlyList<RemoteChoice> Read(ChatCompletionResponse response, int expected, Uri url) =>
        Order(response.Choices, expected, url, c => c.Index, c => Convert(c.Message?.Content, c.FinishReason, c.StopReason, Chat(c.Logprobs, Where(url, c.Index)), c.Index, url));

    private static string Where(Uri url, int index) => $"POST {url}: malformed response: choice {index}";

    private static IReadOnlyList<RemoteChoice> Order<T>(
        IReadOnlyList<T>? choices, int expected, Uri url, Func<T, int> index, Func<T, RemoteChoice> convert)
    {
        if (choices is null)
            throw new BackendException($"POST {url}: malformed response: no \"choices\" array");
        if (choices.Count != expected)
            throw new BackendException($"POST {url}: expected {expected} choices (n), got {choices.Count}");
        var ordered = new RemoteChoice?[expected];
        for (var k = 0; k < choices.Count; k++)
        {
            var choice = choices[k] ?? throw new BackendException($"POST {url}: malformed response: choices[{k}] is null");
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

    // A present logprobs object must be whole: a missing token list or a null token would later become a wrong verdict feature.
    private static IReadOnlyList<TokenAlternatives>? Completion(CompletionLogProbs? logprobs, string where)
    {
        if (logprobs is null)
            return null;
        if (logprobs.Tokens is null)
            throw new BackendException($"{where}: logprobs has no \"tokens\" list");
        return logprobs.Tokens.Select((token, i) => new TokenAlternatives(
            token ?? throw new BackendException($"{where}: logprobs.tokens[{i}] is null"),
            logprobs.TokenLogprobs is { } values && i < values.Count ? values[i] ?? double.NegativeInfinity : double.NegativeInfinity,
            logprobs.TopLogprobs is { } top && i < top.Count && top[i] is { } alternatives
                ? Checked(alternatives, where, i)
                : new Dictionary<string, double>())).ToList();
    }

    private static IReadOnlyDictionary<string, double> Checked(IReadOnlyDictionary<string, double> alternatives, string where, int i) =>
        alternatives.Keys.Any(k => k is null) ? throw new BackendException($"{where}: logprobs.top_logprobs[{i}] has a null token") : alternatives;

    private static IReadOnlyList<TokenAlternatives>? Chat(ChatLogProbs? logprobs, string where)
    {
        if (logprobs is null)
            return null;
        if (logprobs.Content is null)
            throw new BackendException($"{where}: logprobs has no \"content\" list");
        return logprobs.Content.Select((t, i) => t?.Token is null
            ? throw new BackendException($"{where}: logprobs.content[{i}] has no token")
            : new TokenAlternatives(t.Token, t.Logprob, Alternatives(t.TopLogprobs, where, i))).ToList();
    }

    private static IReadOnlyDictionary<string, double> Alternatives(IReadOnlyList<ChatTokenLogProb>? top, string where, int i)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in top ?? [])
        {
            if (t?.Token is null)
                throw new BackendException($"{where}: logprobs.content[{i}].top_logprobs has a null token");
            result.TryAdd(t.Token, t.Logprob); // two byte-level tokens may decode to the same text: keep the likelier (first)
        }
        return result;
    }
}
