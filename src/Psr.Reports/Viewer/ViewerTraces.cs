using Psr.Pipeline.Metrics;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.Stages;

namespace Psr.Reports.Viewer;

/// <summary>Turns the search stages' traces (<c>results.jsonl</c>) into what the step-tree viewer embeds, with oracle labels.</summary>
public static class ViewerTraces
{
    /// <summary>
    /// The first <paramref name="maxPerRound"/> questions of every round whose model is in <paramref name="report"/>;
    /// <paramref name="oracle"/> labels every candidate given its expansion's prefix where the world has one.
    /// </summary>
    public static List<ViewerQuestion> Build(RunReport report, IStepOracle? oracle, int maxPerRound)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (run, _) = RunDirectory.Open(report.RunDirectory);
        var all = new List<ViewerQuestion>();
        if (report.Method is not (ReportMethod.ProcessSelfRewarding or ReportMethod.ProcessOracleJudge))
            return all; // the outcome baseline has no step tree (its scored solutions are in its results.jsonl), continued SFT no search
        foreach (var model in report.Models.Where(m => RunLayout.IsIteration(m.Round)))
        {
            var folder = run.StageDirectory(RoundSearchStage.StageIdOf(RunLayout.IterationOf(model.Round)));
            var texts = ArtifactJsonl.Read<SearchQuestion>(Path.Combine(folder, RoundSearchStage.QuestionsFile)).ToDictionary(q => q.Id, q => q.Text, StringComparer.Ordinal);
            var results = ArtifactJsonl.Read<QuestionSearchResult>(Path.Combine(folder, SearchStage.ResultsFile));
            all.AddRange(results.Take(maxPerRound).Select(r => Question(model.Model, r, Text(texts, r.QuestionId, folder), oracle)));
        }
        return all;
    }

    /// <summary>One question's view.</summary>
    public static ViewerQuestion Question(string model, QuestionSearchResult result, string text, IStepOracle? oracle)
    {
        ArgumentNullException.ThrowIfNull(result);
        var prefixes = TraceReplay.Prefixes(result.Trace, out _);
        var onPath = result.Trace.PathExpansions.ToHashSet();
        var expansions = result.Trace.Expansions.Select((e, k) => new ViewerExpansion(e.Index, e.StepIndex, prefixes[k], e.Outcome, e.ChosenIndex,
            e.RejectedIndex, e.Pair, onPath.Contains(e.Index),
            e.Candidates.Select(c => new ViewerCandidate(c.Text, c.Score, c.Group, c.Final, c.SelfLabel, oracle?.Label(text, prefixes[k], c.Text))).ToList(),
            e.Comparisons)).ToList();
        return new ViewerQuestion(model, result.QuestionId, text, result.Status, result.Steps, result.Pairs.Count, expansions);
    }

    private static string Text(Dictionary<string, string> texts, string id, string folder) =>
        texts.TryGetValue(id, out var text) ? text
            : throw new Core.Errors.PsrException($"{folder}/{SearchStage.ResultsFile}: question {id} is not in {RoundSearchStage.QuestionsFile}");
}
