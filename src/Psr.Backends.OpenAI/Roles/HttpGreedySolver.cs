using Psr.Backends.OpenAI.Client;
using Psr.Roles;

namespace Psr.Backends.OpenAI.Roles;

/// <summary>
/// Greedy whole solutions over an endpoint's raw completions route: one request per prompt (n = 1, temperature 0,
/// top-p 1, seed 0, no stop string, the cap sent explicitly), concurrent up to the endpoint's in-flight limit.
/// </summary>
public sealed class HttpGreedySolver(OpenAiClient client) : IGreedyEndsSolver
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> SolveAsync(IReadOnlyList<string> prompts, int maxTokens, CancellationToken cancellationToken) =>
        (await SolveWithEndsAsync(prompts, maxTokens, cancellationToken).ConfigureAwait(false)).Select(o => o.Text).ToList();

    /// <inheritdoc />
    public async Task<IReadOnlyList<GreedyOutput>> SolveWithEndsAsync(IReadOnlyList<string> prompts, int maxTokens, CancellationToken cancellationToken)
    {
        var request = new RemoteSampling(1, maxTokens, 0, 1, 0, []);
        var results = await ConcurrentMap.RunAsync(prompts, client.Endpoint.MaxInFlight, async (prompt, token) =>
        {
            var remote = client.Endpoint.Api == EndpointApi.Completions
                ? RemotePrompt.Raw(prompt)
                : RemotePrompt.Chat([new Psr.Protocol.OpenAI.ChatMessage("user", prompt)]);
            var choice = (await client.GenerateAsync(remote, request, token).ConfigureAwait(false))[0];
            return new GreedyOutput(choice.Text, choice.Truncated);
        }, cancellationToken).ConfigureAwait(false);
        return results;
    }
}
