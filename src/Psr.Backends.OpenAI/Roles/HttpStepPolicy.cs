using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Prompts;
using Psr.Roles;

namespace Psr.Backends.OpenAI.Roles;

/// <summary>
/// The policy role over an OpenAI-compatible endpoint. The w candidates of one prefix are one request with
/// <c>n = w</c> (one prefill / prefix-cache entry on the server) and the prefix's own seed, so a prefix's candidates
/// never depend on the other prefixes of the call; prefixes run concurrently up to the endpoint's in-flight limit.
/// A candidate ends at a step boundary when the server reports the matched stop string (<c>stop_reason</c>), at
/// end-of-sequence when it stopped without one, and at the token limit on <c>finish_reason == "length"</c> (counted
/// and warned about by the client). A response with the wrong number of choices fails the call, naming the question.
/// </summary>
public sealed class HttpStepPolicy(OpenAiClient client, IPolicyPrompt prompt) : IStepPolicy
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<IReadOnlyList<StepCandidate>>> SampleAsync(
        IReadOnlyList<StepPrefix> prefixes, StepSampling sampling, CancellationToken cancellationToken)
    {
        var results = await ConcurrentMap.RunAsync(prefixes, client.Endpoint.MaxInFlight,
            (prefix, token) => SampleOneAsync(prefix, sampling, token), cancellationToken).ConfigureAwait(false);
        return results;
    }

    private async Task<IReadOnlyList<StepCandidate>> SampleOneAsync(StepPrefix prefix, StepSampling sampling, CancellationToken cancellationToken)
    {
        var request = new RemoteSampling(sampling.Width, sampling.MaxStepTokens, sampling.Temperature, sampling.TopP,
            unchecked((long)prefix.Seed), prompt.StepStops);
        try
        {
            var choices = await client.GenerateAsync(prompt.Format(prefix, client.Endpoint.Api), request, cancellationToken).ConfigureAwait(false);
            return choices.Select(ToCandidate).ToList();
        }
        catch (BackendException e)
        {
            throw new BackendException($"policy, question {prefix.QuestionId} step {prefix.PreviousSteps.Count + 1}: {e.Message}", e.Status, e);
        }
    }

    private static StepCandidate ToCandidate(RemoteChoice c) => new(c.Text, c switch
    {
        { Truncated: true } => CandidateEnd.TokenLimit,
        { StopString: not null } => CandidateEnd.StepBoundary,
        _ => CandidateEnd.EndOfSequence,
    });
}
