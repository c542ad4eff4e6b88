using System.Text.Json;
using Psr.Core.Errors;
using Psr.Core.IO;
using Psr.Pipeline.Runs;

namespace Psr.Reports.Comparisons;

/// <summary>
/// The report of a multi-method / multi-seed run directory: each sub-run's own report, then, at the experiment's root,
/// <c>report.json</c> (<see cref="RunComparison"/>) and <c>report.html</c> (<see cref="ComparisonHtml"/>) with every
/// metric's per-iteration mean and spread per method.
/// </summary>
public static class ExperimentReport
{
    /// <summary>True when <paramref name="root"/> holds a multi-run experiment (its configuration lists methods or seeds).</summary>
    public static bool IsExperiment(string root)
    {
        var (_, config) = RunDirectory.Open(root);
        return config.Experiment.IsMulti;
    }

    /// <summary>Reports every sub-run that has a finished evaluation and writes the comparison at the root.</summary>
    public static (IReadOnlyList<RunReport> Reports, RunComparison Comparison) Write(string root)
    {
        var (run, config) = RunDirectory.Open(root);
        var subRuns = ExperimentPlan.Of(config).Select(s => Path.Combine(run.Root, s.Name))
            .Where(d => File.Exists(Path.Combine(RunLayout.StageDirectory(d, Pipeline.Stages.EvaluateStage.StageIdOf(RunLayout.InitRound)), Pipeline.Stages.EvaluateStage.EvaluationFile)))
            .ToList();
        if (subRuns.Count == 0)
            throw new PsrException($"{run.Root}: no sub-run has an evaluated model yet");
        var reports = subRuns.Select(ReportWriter.Write).ToList();
        var comparison = RunComparison.Build(reports);
        AtomicFile.WriteAllText(Path.Combine(run.Root, RunReport.JsonFile), JsonSerializer.Serialize(comparison, ArtifactJson.Indented) + "\n");
        AtomicFile.WriteAllText(Path.Combine(run.Root, RunReport.HtmlFile), ComparisonHtml.Render(comparison));
        return (reports, comparison);
    }
}
