using System.Text.Json;
using Psr.Protocol.OpenAI;
using Psr.Model.Generation;
using Psr.Serve.Batching;

namespace Psr.Serve.Endpoints;

/// <summary>Turns a job result into OpenAI response records.</summary>
internal static class ResponseBuilder
{
    public static CompletionResponse Completion(string model, JobResult result, int n) => new(
        "cmpl-" + Guid.NewGuid().ToString("N"), "text_completion", DateTimeOffset.UtcNow.ToUnixTimeSeconds(), model,
        result.Completions.Select((c, i) => new CompletionChoice(c.PromptIndex * n + c.Candidate, c.Text, Finish(c),
            StopReason(c, []), result.LogProbs is { } lp ? CompletionLogProbs(lp[i], c.Text) : null)).ToList(),
        Usage(result));

    public static ChatCompletionResponse Chat(string model, JobResult result, IReadOnlyList<string> templateStops) => new(
        "chatcmpl-" + Guid.NewGuid().ToString("N"), "chat.completion", DateTimeOffset.UtcNow.ToUnixTimeSeconds(), model,
        result.Completions.Select((c, i) => new ChatChoice(c.Candidate, new ChatMessage("assistant", c.Text), Finish(c),
            StopReason(c, templateStops), result.LogProbs is { } lp ? ChatLogProbs(lp[i]) : null)).ToList(),
        Usage(result));

    private static string Finish(Completion c) => c.Reason == Model.Generation.StopReason.MaxTokens ? FinishReasons.Length : FinishReasons.Stop;

    /// <summary>The matched stop string, as vLLM reports it; a template's end-of-turn marker counts as EOS (null).</summary>
    private static JsonElement? StopReason(Completion c, IReadOnlyList<string> templateStops) =>
        c.StopString is { } s && !templateStops.Contains(s) ? JsonSerializer.SerializeToElement(s) : null;

    private static Usage Usage(JobResult r)
    {
        var prompt = r.PromptTokens.Sum();
        var completion = r.Completions.Sum(c => c.TokenIds.Length);
        return new Usage(prompt, completion, prompt + completion);
    }

    private static CompletionLogProbs CompletionLogProbs(IReadOnlyList<ServedTokenLogProb> tokens, string text)
    {
        var offsets = new List<int>(tokens.Count);
        var at = 0;
        foreach (var t in tokens)
        {
            offsets.Add(Math.Min(at, text.Length));
            at += t.Token.Length;
        }
        return new(tokens.Select(t => t.Token).ToList(), tokens.Select(t => (double?)t.LogProb).ToList(),
            tokens.Select(t => (IReadOnlyDictionary<string, double>?)Alternatives(t)).ToList(), offsets);
    }

    private static Dictionary<string, double> Alternatives(ServedTokenLogProb t)
    {
        var top = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (token, logprob) in t.Top)
            top.TryAdd(token, logprob); // two ids may decode to the same text: the likelier (first) is kept
        return top;
    }

    private static ChatLogProbs ChatLogProbs(IReadOnlyList<ServedTokenLogProb> tokens) => new(tokens.Select(t =>
        new ChatTokenLogProb(t.Token, t.LogProb, t.Top.Select(a => new ChatTokenLogProb(a.Key, a.Value)).ToList())).ToList());
}
