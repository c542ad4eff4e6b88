using Psr.Backends.OpenAI.Client;

namespace Psr.Backends.OpenAI.Evaluation;

/// <summary>Something that continues evaluation prompts greedily: a served endpoint or an in-process checkpoint.</summary>
public interface ICompletionSource
{
    /// <summary>
    /// What produces the outputs, recorded in the run settings so a resumed run cannot mix two models
    /// (e.g. <c>endpoint model qwen</c>, <c>checkpoint /runs/m1</c>).
    /// </summary>
    string Identity { get; }

    /// <summary>The prompt shape the source takes (raw text, or chat messages).</summary>
    EndpointApi Api { get; }

    /// <summary>Prompts per <see cref="CompleteAsync"/> call.</summary>
    int BatchSize { get; }

    /// <summary>Calls in flight at once.</summary>
    int Concurrency { get; }

    /// <summary>One greedy output per prompt, in order.</summary>
    Task<IReadOnlyList<SourceCompletion>> CompleteAsync(IReadOnlyList<RemotePrompt> prompts, GreedyDecoding decoding, CancellationToken cancellationToken);
}
