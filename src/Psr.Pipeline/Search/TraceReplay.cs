namespace Psr.Pipeline.Search;

/// <summary>
/// Rebuilds, from a trace alone, the path each expansion extended (accepted steps push, rollbacks pop), so a viewer
/// or an oracle can see every expansion's previous steps without storing them per expansion.
/// </summary>
public static class TraceReplay
{
    /// <summary>The previous steps of each expansion, in order; the last element is the final path.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Prefixes(QuestionTrace trace, out IReadOnlyList<string> finalPath)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var path = new List<string>();
        var prefixes = new List<IReadOnlyList<string>>(trace.Expansions.Count);
        foreach (var e in trace.Expansions)
        {
            prefixes.Add([.. path]);
            if (e.Outcome == ExpansionOutcome.RolledBack)
                path.RemoveAt(path.Count - 1);
            else if (e.ChosenIndex is { } chosen)
                path.Add(e.Candidates[chosen].Text);
        }
        finalPath = path;
        return prefixes;
    }
}
