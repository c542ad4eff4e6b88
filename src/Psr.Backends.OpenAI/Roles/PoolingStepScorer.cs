using System.Text.Json;
using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Prompts;
using Psr.Protocol.OpenAI;
using Psr.Roles;

namespace Psr.Backends.OpenAI.Roles;

/// <summary>
/// A served process reward model as the EFT scorer: vLLM's pooling API (<c>POST {server}/pooling</c>, the server root
/// without <c>/v1</c>) with a Qwen2.5-Math-PRM model (<c>vllm serve Qwen/Qwen2.5-Math-PRM-7B</c>, step pooling at
/// <c>&lt;extra_0&gt;</c> with softmax). Input: <see cref="QwenPrmFormat"/> over previous steps + the scored step; answer:
/// one <c>[P(-), P(+)]</c> row per separator; the score is the last row's P(+). One request per step, concurrent up to
/// the endpoint's in-flight limit; retries and errors as every psr client. A body with the wrong number of rows or a
/// value outside [0, 1] is one clear error, never a silent score.
/// </summary>
public sealed class PoolingStepScorer(OpenAiClient client) : IStepScorer
{
    /// <summary>The pooling route of the client's endpoint.</summary>
    public Uri Url { get; } = PoolingUrl(client.Endpoint.BaseUrl);

    /// <inheritdoc />
    public async Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<StepScoreRequest> requests, CancellationToken cancellationToken) =>
        await ConcurrentMap.RunAsync(requests, client.Endpoint.MaxInFlight, ScoreOneAsync, cancellationToken).ConfigureAwait(false);

    /// <summary>vLLM serves <c>/pooling</c> at the root: a base URL ending in <c>/v1</c> loses it.</summary>
    public static Uri PoolingUrl(string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var root = baseUrl.TrimEnd('/');
        if (root.EndsWith("/v1", StringComparison.Ordinal))
            root = root[..^3];
        return new Uri(root + "/pooling");
    }

    private async Task<double> ScoreOneAsync(StepScoreRequest request, CancellationToken cancellationToken)
    {
        var steps = request.PreviousSteps.Append(request.Step).ToList();
        var body = new PoolingRequest(client.Endpoint.Model, QwenPrmFormat.Format(request.Question, steps));
        var response = await client.PostAsync<PoolingRequest, PoolingResponse>(Url, body, cancellationToken).ConfigureAwait(false);
        return LastStepScore(response, steps.Count, request.QuestionId);
    }

    /// <summary>P(+) of the last step from a pooling answer that must hold one row per step.</summary>
    public static double LastStepScore(PoolingResponse response, int steps, string questionId)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Data is not [var only])
            throw new BackendException($"PRM, question {questionId}: expected 1 pooling result, got {response.Data?.Count ?? 0}");
        var rows = only.Data;
        if (rows.ValueKind != JsonValueKind.Array || rows.GetArrayLength() != steps)
            throw new BackendException($"PRM, question {questionId}: expected {steps} step rows, got {Describe(rows)}");
        var last = rows[steps - 1];
        if (last.ValueKind != JsonValueKind.Array || last.GetArrayLength() != 2 || !last[1].TryGetDouble(out var positive) || positive is < 0 or > 1)
            throw new BackendException($"PRM, question {questionId}: a step row must be [P(-), P(+)] probabilities, got {Describe(last)}");
        return positive;
    }

    private static string Describe(JsonElement e)
    {
        var text = e.GetRawText();
        return text.Length > 120 ? text[..120] + "…" : text;
    }
}
