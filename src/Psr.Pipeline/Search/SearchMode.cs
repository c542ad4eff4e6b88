namespace Psr.Pipeline.Search;

/// <summary>Why the search runs.</summary>
public enum SearchMode
{
    /// <summary>Self-rewarding round: collect chosen/rejected pairs.</summary>
    CollectPairs,

    /// <summary>Test-time scaling: return final solutions, store no pairs.</summary>
    TestTime,
}
