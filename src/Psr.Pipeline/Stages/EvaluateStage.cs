using System.Text.Json;
using Psr.Core.IO;
using Psr.Model.Generation;
using Psr.Eval.Metrics;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Pipeline.Metrics;
using Psr.Roles;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.World.Eft;

namespace Psr.Pipeline.Stages;

/// <summary>
/// Evaluates one model: greedy accuracy on the test problems (oracle-scored, 95% interval), judge accuracy on the EFT
/// test pairs in both orders, test-time scaling (search at inference with the self-judge, and with the oracle as
/// judge), and — for a model made by a round — the oracle's view of that round's pairs. Every part is resumable
/// through its own progress log; <c>evaluation.json</c> (<see cref="ModelEvaluation"/>) sums it up.
/// </summary>
public sealed class EvaluateStage(RunConfig config, int round, string modelName, IReadOnlyList<string> modelArtifacts,
    IProgress<StageProgress>? progress = null, IRemoteRoles? remote = null) : IStage
{
    /// <summary>The summary file.</summary>
    public const string EvaluationFile = "evaluation.json";

    /// <summary>The id of the evaluate stage of the model made in <paramref name="round"/> (1 = M1).</summary>
    public static StageId StageIdOf(int round) => new(round, "evaluate");

    // The oracle's view of the round's step pairs; the outcome baseline's whole-solution pairs are reported from its own artifacts.
    private string? SearchFolder => RunLayout.IsIteration(round)
        && config.Experiment.Method is (SelfRewardingMethod.Process or SelfRewardingMethod.OracleJudge) && !IsBenchmark
        ? RunLayout.StageFolder(RoundSearchStage.StageIdOf(RunLayout.IterationOf(round))) : null;

    /// <inheritdoc />
    public StageId Id => StageIdOf(round);

    /// <inheritdoc />
    public string ConfigHash => GenerationHash.Of(IsBenchmark
        ? ArtifactJson.HashOf(new { config.Data.TestBenchmark, Evaluation = HashedEvaluation, config.Judge, config.Seeds, Model = modelName })
        : ArtifactJson.HashOf(new { config.Data.World, Evaluation = HashedEvaluation, config.Judge, config.Seeds, Model = modelName }), config.Model);

    /// <summary>The evaluation settings that decide results (the test-time search's lanes change only the time).</summary>
    private EvaluationConfig HashedEvaluation =>
        config.Evaluation with { TestTimeSearch = SearchConfig.WithoutSpeed(config.Evaluation.TestTimeSearch) };

    private bool IsBenchmark => config.Data.Source == DataSource.Benchmark;

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => SearchFolder is { } s
        ? [.. modelArtifacts, EftStage.Artifact(EftStage.TestFile), $"{s}/{RoundSearchStage.QuestionsFile}", $"{s}/{SearchStage.PairsFile}", $"{s}/{SearchStage.ResultsFile}"]
        : [.. modelArtifacts, EftStage.Artifact(EftStage.TestFile)];

    /// <inheritdoc />
    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var eval = config.Evaluation;
        var roles = await StageRoles.OpenAsync(config, remote, modelName, context.Run.Resolve(Path.GetDirectoryName(modelArtifacts[0])!),
            context.PathOf(StageRoles.ServerLogFile), cancellationToken).ConfigureAwait(false);
        await using (roles.ConfigureAwait(false))
        {
            var judge = roles.Judge;
            var outputs = new List<string>();
            // One lane count for every pass of the evaluation: the test-time search's (evaluation.testTimeSearch.lanes).
            var laneCount = roles.Lanes(eval.TestTimeSearch.Lanes);
            using var lanes = roles.OpenLanes(laneCount);
            var enterLane = LaneThreads.EntryOf(lanes);
            var greedy = await GreedyAsync(context, roles.Solver, laneCount, enterLane, cancellationToken).ConfigureAwait(false);
            outputs.Add(Write(context, "greedy.jsonl", greedy));

            JudgeSummary? judgeSummary = null;
            var pairs = eval.JudgeAccuracy ? ArtifactJsonl.Read<EftExample>(context.Run.Resolve(EftStage.Artifact(EftStage.TestFile))) : [];
            if (pairs.Count > 0) // a benchmark run without an EFT test file has none: judge accuracy not measured
            {
                var records = await JudgeEvaluation.RunAsync(context, judge, pairs, config.Search.JudgeBatchSize, Report("judge", 2 * pairs.Count), cancellationToken,
                    lanes: laneCount, enterLane: enterLane).ConfigureAwait(false);
                outputs.Add(Write(context, "judge.jsonl", records));
                judgeSummary = JudgeEvaluation.Summarize(records);
            }

            TestTimeSummary? tts = null;
            SharedSamplesPolicy? sharedSamples = null;
            if (eval.TestTimeProblems > 0 && !IsBenchmark)
            {
                var subset = new WorldQuestions(config).Test().Take(eval.TestTimeProblems).ToList();
                // The oracle-judged search samples what the self-judged one already did until their paths part: from memory.
                var policy = sharedSamples = new SharedSamplesPolicy(roles.Policy);
                var searchContext = new SearchContext(config.Seeds.Run, round, SearchMode.TestTime);
                var searchConfig = eval.TestTimeSearch with { Lanes = laneCount };
                var self = await TestTimeEvaluation.RunAsync(context, "tts.progress.jsonl", policy, judge, searchConfig, lanes, searchContext, subset,
                    Report("test-time search", subset.Count), cancellationToken).ConfigureAwait(false);
                outputs.Add(Write(context, "tts.jsonl", self));
                List<TestTimeRecord>? oracle = null;
                if (eval.OracleJudgeSearch)
                {
                    oracle = await TestTimeEvaluation.RunAsync(context, "tts-oracle.progress.jsonl", policy, new OracleStepJudge(), searchConfig, lanes,
                        searchContext, subset, Report("oracle-judged search", subset.Count), cancellationToken).ConfigureAwait(false);
                    outputs.Add(Write(context, "tts-oracle.jsonl", oracle));
                }
                tts = new TestTimeSummary(subset.Count, greedy.Take(subset.Count).Count(g => g.Correct) / (double)Math.Max(1, subset.Count),
                    Rate(self), self.Count(r => r.Status == SearchStatus.Unfinished),
                    oracle is null ? null : Rate(oracle), oracle?.Count(r => r.Status == SearchStatus.Unfinished) ?? 0);
            }

            List<BenchmarkAccuracy>? benchmarks = null;
            if (eval.Benchmarks.Count > 0)
            {
                var (results, files) = await BenchmarkAccuracyEvaluation.RunAsync(context, eval, roles.Solver, Report, cancellationToken).ConfigureAwait(false);
                benchmarks = results;
                outputs.AddRange(files);
            }

            var evaluation = new ModelEvaluation(modelName, GreedyEvaluation.Summarize(greedy, Bootstrap(eval)), judgeSummary, tts, PairsOf(context.Run), benchmarks);
            AtomicFile.WriteAllText(context.PathOf(EvaluationFile), JsonSerializer.Serialize(evaluation, ArtifactJson.Indented) + "\n");
            outputs.Insert(0, context.Artifact(EvaluationFile));
            var counts = new Dictionary<string, long> { ["testProblems"] = greedy.Count, ["greedyCorrect"] = evaluation.Greedy.Correct };
            if (sharedSamples is not null)
                counts["testTimeSharedExpansions"] = sharedSamples.Hits;
            return new StageOutcome(outputs, roles.WithCounts(counts));
        }
    }

    /// <summary>Greedy solutions of the test problems: the world's, oracle-scored, or the benchmark's, graded by Psr.Eval.</summary>
    private async Task<List<GreedyRecord>> GreedyAsync(StageContext context, IGreedySolver solver, int lanes, Action? enterLane, CancellationToken ct)
    {
        var eval = config.Evaluation;
        if (!IsBenchmark)
        {
            var problems = new WorldQuestions(config).Test();
            return await GreedyEvaluation.RunAsync(context, solver, problems, eval.BatchSize, eval.MaxSolutionTokens, Report("greedy", problems.Count), ct,
                lanes: lanes, enterLane: enterLane).ConfigureAwait(false);
        }
        var items = new BenchmarkQuestions(config).Test();
        return await BenchmarkGreedyEvaluation.RunAsync(context, solver, config.Data.TestBenchmark, items, eval.BatchSize, eval.MaxSolutionTokens,
            Report("greedy", items.Count), ct, "greedy.progress.jsonl").ConfigureAwait(false);
    }

    /// <summary>The bootstrap settings of a run.</summary>
    public static BootstrapOptions Bootstrap(EvaluationConfig eval) => new() { Resamples = eval.BootstrapResamples };

    /// <summary>Reads an evaluation.json.</summary>
    public static ModelEvaluation Read(string path) =>
        JsonSerializer.Deserialize<ModelEvaluation>(File.ReadAllText(path), ArtifactJson.Indented)
        ?? throw new Psr.Core.Errors.PsrException($"{path}: empty evaluation");

    private PairSummary? PairsOf(RunDirectory run)
    {
        if (SearchFolder is not { } folder)
            return null;
        var oracle = new WorldStepOracle();
        var questions = ArtifactJsonl.Read<SearchQuestion>(run.Resolve($"{folder}/{RoundSearchStage.QuestionsFile}")).ToDictionary(q => q.Id, q => q.Text, StringComparer.Ordinal);
        var results = ArtifactJsonl.Read<QuestionSearchResult>(run.Resolve($"{folder}/{SearchStage.ResultsFile}"));
        var pairs = ArtifactJsonl.Read<StepPair>(run.Resolve($"{folder}/{SearchStage.PairsFile}"));
        var breakdown = PairOracleBreakdown.From(pairs.Select(p => PairOracleClassifier.Classify(oracle, p).Category));
        var calls = results.Aggregate(new JudgeCallOracleStats(), (s, r) => s.Plus(JudgeCallOracleStats.Of(oracle, questions[r.QuestionId], r.Trace)));
        var counters = SearchCounters.Sum(results.Select(r => r.Counters));
        return new PairSummary(results.Count, counters.Finished, pairs.Count, breakdown, calls, counters.PairsDroppedSelfJudged, counters.PairsDroppedLabelDissent);
    }

    private Action<int> Report(string task, int total) => done => progress?.Report(new StageProgress($"{Id.Folder} {task}", done, total));

    private static double Rate(List<TestTimeRecord> records) => records.Count(r => r.Correct) / (double)Math.Max(1, records.Count);

    private static string Write<T>(StageContext context, string fileName, IEnumerable<T> records)
    {
        ArtifactJsonl.Write(context.PathOf(fileName), records);
        return context.Artifact(fileName);
    }
}
