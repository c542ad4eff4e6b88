using System.Text.Json;
using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Metrics;
using Psr.Pipeline.Outcome;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.Stages;
using Psr.Training.Dpo;

namespace Psr.Reports;

/// <summary>
/// Builds a <see cref="RunReport"/> from a run directory's artifacts alone (manifests, JSONL records, histories): every
/// number is recomputed from the records, so the report never trusts a summary it could check.
/// </summary>
public static class RunReportBuilder
{
    /// <summary>Reads the run at <paramref name="root"/>; <paramref name="oracle"/> labels pairs where the world has one.</summary>
    public static RunReport Build(string root, IStepOracle? oracle)
    {
        var (run, config) = RunDirectory.Open(root);
        var manifests = Manifests(run);
        var rounds = manifests
            .Where(m => m.Manifest.Stage == "evaluate" && m.Manifest.Status == StageStatus.Done)
            .Select(m => m.Manifest.Round)
            .ToList();
        var judged = rounds.Select(round => Judged(run, round)).ToList(); // read once: the models' stats and the drift
        var models = rounds.Select((round, i) => Model(run, round, config, oracle, judged[i])).ToList();
        if (models.Count == 0)
            throw new PsrException($"{run.Root}: no finished evaluate stage to report on");
        var stages = manifests.Select(m => new StageTime(m.Folder, m.Manifest.Status, m.Manifest.Seconds, m.Manifest.Attempts)).ToList();
        return new RunReport(run.Root, RunConfigFile.Hash(config), config.Preset, MethodOf(config), config.Seeds.Run, AblationSettings.Of(config), models, stages)
        {
            Safeguard = config.Safeguard.Enabled ? SafeguardTable.Verdicts(run, config) : null,
            Profile = Pipeline.Profiling.RunProfile.Build(run.Root),
            InitCurve = InitCurve.Read(run, config.Sft.DecaySteps),
            JudgeDrift = rounds.Count < 2 ? null
                : JudgeDrift.From(judged[0] ?? [], judged[^1] ?? [], EvaluateStage.Bootstrap(config.Evaluation)),
        };
    }

    // A model that gave no verdict has no judge statistics: its 0 % would read as a measured step judge.
    private static List<JudgeRecord>? Judged(RunDirectory run, int round) =>
        ReadIfExists<JudgeRecord>(Path.Combine(run.StageDirectory(EvaluateStage.StageIdOf(round)), "judge.jsonl")) is { } records
        && JudgeRecord.AnyVerdict(records) ? records : null;

    /// <summary>The report's name for the run's method.</summary>
    public static ReportMethod MethodOf(RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Experiment.Method switch
        {
            SelfRewardingMethod.Outcome => ReportMethod.OutcomeSelfRewarding,
            SelfRewardingMethod.OracleJudge => ReportMethod.ProcessOracleJudge,
            SelfRewardingMethod.ContinuedSft => ReportMethod.ContinuedSft,
            _ => ReportMethod.ProcessSelfRewarding,
        };
    }

    private static ModelReport Model(RunDirectory run, int round, RunConfig config, IStepOracle? oracle, List<JudgeRecord>? judge)
    {
        var eval = config.Evaluation;
        var method = config.Experiment.Method;
        var folder = run.StageDirectory(EvaluateStage.StageIdOf(round));
        var evaluation = EvaluateStage.Read(Path.Combine(folder, EvaluateStage.EvaluationFile));
        var name = evaluation.Model;
        var greedy = ArtifactJsonl.Read<GreedyRecord>(Path.Combine(folder, "greedy.jsonl"));
        var tts = ReadIfExists<TestTimeRecord>(Path.Combine(folder, "tts.jsonl"));
        var ttsOracle = ReadIfExists<TestTimeRecord>(Path.Combine(folder, "tts-oracle.jsonl"));
        return new ModelReport(name, round, GreedyEvaluation.Summarize(greedy, EvaluateStage.Bootstrap(eval)), SolutionShape.From(greedy),
            judge is null ? null : JudgeStats.From(judge), tts is null ? null : TestTimeStats.From(greedy, tts, ttsOracle),
            !RunLayout.IsIteration(round) ? null : method switch
            {
                SelfRewardingMethod.Outcome => OutcomePairs(run, round, oracle),
                SelfRewardingMethod.ContinuedSft => null, // no pairs: the round is SFT
                _ => Pairs(run, round, oracle),
            },
            RunLayout.IsIteration(round) && method != SelfRewardingMethod.ContinuedSft ? Dpo(run, round, method) : null,
            Benchmarks(folder, evaluation, eval))
        {
            JudgeByKind = judge is null ? null : JudgeByKind(run, judge),
        };
    }

    /// <summary>The judge records joined with the EFT test pairs they judged (null when the pairs file is missing).</summary>
    private static IReadOnlyList<JudgeKindAccuracy>? JudgeByKind(RunDirectory run, IReadOnlyList<JudgeRecord> judge)
    {
        var path = run.Resolve(EftStage.Artifact(EftStage.TestFile));
        return File.Exists(path) ? JudgeKindAccuracy.From(judge, ArtifactJsonl.Read<World.Eft.EftExample>(path), path) : null;
    }

    /// <summary>Each extra benchmark's accuracy, recomputed from its records (the evaluation only names the files).</summary>
    private static List<BenchmarkAccuracy>? Benchmarks(string folder, ModelEvaluation evaluation, EvaluationConfig eval) =>
        evaluation.Benchmarks?.Select(b => BenchmarkAccuracyEvaluation.Summarize(b.Benchmark, b.File,
            ArtifactJsonl.Read<GreedyRecord>(Path.Combine(folder, b.File)), EvaluateStage.Bootstrap(eval))).ToList();

    private static PairStats OutcomePairs(RunDirectory run, int round, IStepOracle? oracle)
    {
        var folder = run.StageDirectory(OutcomeRoundStage.StageIdOf(RunLayout.IterationOf(round)));
        return OutcomePairStats.From(ArtifactJsonl.Read<OutcomeResult>(Path.Combine(folder, SearchStage.ResultsFile)), oracle is not null);
    }

    private static PairStats Pairs(RunDirectory run, int round, IStepOracle? oracle)
    {
        var folder = run.StageDirectory(RoundSearchStage.StageIdOf(RunLayout.IterationOf(round)));
        var results = ArtifactJsonl.Read<QuestionSearchResult>(Path.Combine(folder, SearchStage.ResultsFile));
        var pairs = ArtifactJsonl.Read<StepPair>(Path.Combine(folder, SearchStage.PairsFile));
        var counters = SearchCounters.Sum(results.Select(r => r.Counters));
        var breakdown = oracle is null ? null : PairOracleBreakdown.From(pairs.Select(p => PairOracleClassifier.Classify(oracle, p).Category));
        double? agrees = breakdown is null ? null : breakdown.Clean / (double)Math.Max(1, pairs.Count);
        return new PairStats(results.Count, counters.Finished, pairs.Count, breakdown, agrees, counters.Rollbacks, counters.JudgeCalls,
            counters.TieVerdicts / (double)Math.Max(1, counters.JudgeCalls),
            [
                new("identical candidates", counters.IdenticalExpansions), new("all tie", counters.AllTieExpansions),
                new("self-judged", counters.PairsDroppedSelfJudged), new("label dissent", counters.PairsDroppedLabelDissent),
                new("margin", counters.PairsDroppedMargin),
                .. counters.SelfWrongRetries > 0 ? [new("self-wrong retries", counters.SelfWrongRetries)] : Array.Empty<PairDrop>(),
            ]);
    }

    private static DpoCurve? Dpo(RunDirectory run, int round, SelfRewardingMethod method)
    {
        var history = ReadIfExists<DpoProgress>(Path.Combine(run.StageDirectory(DpoStage.StageIdOf(RunLayout.IterationOf(round), method)), DpoStage.HistoryFile));
        return history is null ? null : DpoCurve.From(history);
    }

    private static List<T>? ReadIfExists<T>(string path) => File.Exists(path) ? ArtifactJsonl.Read<T>(path) : null;

    private static List<(string Folder, StageManifest Manifest)> Manifests(RunDirectory run)
    {
        var stages = RunLayout.StagesDirectory(run.Root);
        if (!Directory.Exists(stages))
            return [];
        return Directory.GetDirectories(stages).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "manifest.json")))
            .Select(d => (Path.GetFileName(d), ReadManifest(Path.Combine(d, "manifest.json"))))
            .ToList();
    }

    private static StageManifest ReadManifest(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<StageManifest>(File.ReadAllText(path), ArtifactJson.Indented)
                ?? throw new PsrException($"{path}: empty manifest");
        }
        catch (JsonException e)
        {
            throw new PsrException($"{path}: not a stage manifest ({e.Message})");
        }
    }
}
