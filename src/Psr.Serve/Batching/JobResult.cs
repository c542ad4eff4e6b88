using Psr.Model.Generation;

namespace Psr.Serve.Batching;

/// <summary>What a job produced.</summary>
/// <param name="Completions">Prompt-major completions (prompt index relative to the job).</param>
/// <param name="PromptTokens">Token count of each prompt.</param>
/// <param name="LogProbs">Per completion (same order), when requested.</param>
public sealed record JobResult(
    IReadOnlyList<Completion> Completions, IReadOnlyList<int> PromptTokens, IReadOnlyList<IReadOnlyList<ServedTokenLogProb>>? LogProbs);
