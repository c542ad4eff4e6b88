namespace Psr.Serve.Batching;

/// <summary>One client request's generation work, already validated.</summary>
/// <param name="Prompts">Prompt texts (one for chat; one or more for completions).</param>
/// <param name="N">Choices per prompt.</param>
/// <param name="MaxTokens">Token cap per choice.</param>
/// <param name="Temperature">0 = greedy.</param>
/// <param name="TopP">Nucleus threshold.</param>
/// <param name="Seed">The request's seed; null = any.</param>
/// <param name="Stops">Stop strings.</param>
/// <param name="TopLogprobs">Alternatives per token to return; null = no log-probabilities.</param>
public sealed record GenerationJob(
    IReadOnlyList<string> Prompts, int N, int MaxTokens, double Temperature, double TopP, long? Seed,
    IReadOnlyList<string> Stops, int? TopLogprobs)
{
    /// <summary>Its token budget: Σ over prompts of n × (prompt tokens + max_tokens); the batcher's unit of size.</summary>
    public long Tokens { get; init; }

    /// <summary>Fires when its client went away or its time ran out: a queued job is dropped, a running one's rows leave the batch.</summary>
    public CancellationToken Aborted { get; init; }

    internal TaskCompletionSource<JobResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
