using Psr.Pipeline.Search;

namespace Psr.Reports.Viewer;

/// <summary>One searched question as the viewer shows it.</summary>
/// <param name="Model">The model the round trained (M2, …).</param>
/// <param name="Id">The question's id.</param>
/// <param name="Text">The question.</param>
/// <param name="Status">Finished or unfinished.</param>
/// <param name="Steps">The final path.</param>
/// <param name="Pairs">Pairs the question produced.</param>
/// <param name="Expansions">Every expansion, rolled-back ones included.</param>
public sealed record ViewerQuestion(string Model, string Id, string Text, SearchStatus Status, IReadOnlyList<string> Steps, int Pairs,
    IReadOnlyList<ViewerExpansion> Expansions);
