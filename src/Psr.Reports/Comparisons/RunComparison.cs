using Psr.Core.Errors;

namespace Psr.Reports.Comparisons;

/// <summary>
/// Several runs side by side (<c>comparison.json</c>, <c>comparison.html</c>): per method and model, the mean and spread
/// of the main metrics over the runs, e.g. three seeds of each method under the same budget.
/// </summary>
/// <param name="Runs">The runs' folders, in the order given.</param>
/// <param name="Rows">One row per (method, model), methods in first-seen order, models in run order.</param>
public sealed record RunComparison(IReadOnlyList<string> Runs, IReadOnlyList<ComparisonRow> Rows)
{
    /// <summary>The JSON file in the output folder.</summary>
    public const string JsonFile = "comparison.json";

    /// <summary>The HTML file in the output folder.</summary>
    public const string HtmlFile = "comparison.html";

    /// <summary>The last fifth of each distinct Init among the runs (empty when none measured its curve).</summary>
    public IReadOnlyList<InitPlateauRow> InitPlateau { get; init; } = [];

    /// <summary>Each run's judge from its first model to its last (empty when none measured it twice).</summary>
    public IReadOnlyList<JudgeDriftRow> JudgeDrift { get; init; } = [];

    /// <summary>Groups the reports by method and model.</summary>
    public static RunComparison Build(IReadOnlyList<RunReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
            throw new PsrException("comparison: no runs given");
        var rows = reports
            .SelectMany(r => r.Models.Select(m => (r.Method, r.Seed, Model: m)))
            .GroupBy(x => (x.Method, x.Model.Model))
            .Select(g => new ComparisonRow(g.Key.Method, g.Key.Model, g.Select(x => x.Seed).ToList(),
                MeanSpread.Of(g.Select(x => (double?)x.Model.Greedy.Accuracy)),
                MeanSpread.Of(g.Select(x => x.Model.Judge?.Accuracy)),
                MeanSpread.Of(g.Select(x => x.Model.TestTime?.SelfJudgeAccuracy)),
                MeanSpread.Of(g.Select(x => (double?)x.Model.Pairs?.Pairs)),
                MeanSpread.Of(g.Select(x => x.Model.Pairs?.OracleAgreesWithChosen)),
                MeanSpread.Of(g.Select(x => (double?)x.Model.Pairs?.JudgeCalls))))
            .ToList();
        return new RunComparison(reports.Select(r => r.RunDirectory).ToList(), rows) { InitPlateau = InitPlateauRow.Of(reports), JudgeDrift = JudgeDriftRow.Of(reports) };
    }
}
