using Psr.Backends.OpenAI.Client;

namespace Psr.Backends.OpenAI.Evaluation;

/// <summary>
/// Outputs from an OpenAI-compatible endpoint: one request per item (n = 1, temperature 0, top-p 1, seed 0,
/// <c>max_tokens</c> and <c>stop</c> always sent), up to the endpoint's <see cref="OpenAiEndpoint.MaxInFlight"/> at once.
/// Retries, 4xx errors and truncation counters are the <see cref="OpenAiClient"/>'s.
/// </summary>
public sealed class EndpointCompletionSource(OpenAiClient client) : ICompletionSource
{
    /// <inheritdoc />
    public string Identity => $"endpoint model {client.Endpoint.Model}";

    /// <inheritdoc />
    public EndpointApi Api => client.Endpoint.Api;

    /// <inheritdoc />
    public int BatchSize => 1;

    /// <inheritdoc />
    public int Concurrency => client.Endpoint.MaxInFlight;

    /// <inheritdoc />
    public async Task<IReadOnlyList<SourceCompletion>> CompleteAsync(
        IReadOnlyList<RemotePrompt> prompts, GreedyDecoding decoding, CancellationToken cancellationToken)
    {
        var sampling = new RemoteSampling(N: 1, decoding.MaxTokens, Temperature: 0, TopP: 1, Seed: 0, decoding.Stop);
        var outputs = new List<SourceCompletion>(prompts.Count);
        foreach (var prompt in prompts)
        {
            var choice = (await client.GenerateAsync(prompt, sampling, cancellationToken).ConfigureAwait(false))[0];
            outputs.Add(new SourceCompletion(choice.Text, choice.Truncated));
        }
        return outputs;
    }
}
