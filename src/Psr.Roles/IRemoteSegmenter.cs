namespace Psr.Roles;

/// <summary>The served segmenter of one IFT stage (<c>backends.segmenter</c>). Disposing closes the connection.</summary>
public interface IRemoteSegmenter : IDisposable
{
    /// <summary>Greedy answers to Figure 3 prompts.</summary>
    IGreedySolver Solver { get; }

    /// <summary>Traffic counts for the stage manifest (<c>segmenterRequests</c>, <c>…Retries</c>, <c>…Truncated</c>).</summary>
    IReadOnlyDictionary<string, long> Counts();
}
