namespace Psr.Pipeline.Search;

/// <summary>How a question's search ended.</summary>
public enum SearchStatus
{
    /// <summary>The path reached a final step (answer marker or EOS).</summary>
    Finished,

    /// <summary>The expansion budget ran out first; no pairs are kept.</summary>
    Unfinished,
}
