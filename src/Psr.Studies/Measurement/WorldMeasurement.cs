using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Psr.Core.IO;
using Psr.Eval.Metrics;
using Psr.Model.Generation;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Metrics;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.WorldModels;
using Psr.World.Presets;
using Psr.World.Splits;

namespace Psr.Studies.Measurement;

/// <summary>
/// Measures a world model against issue 4's acceptance: greedy accuracy, per-step accuracy, the judge on held-out
/// pairs, the search with the self-judge (accuracy, oracle view of its pairs) and with the oracle judge.
/// </summary>
public sealed class WorldMeasurement(MeasureOptions options, Action<string> log)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true, Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Measures the model in <paramref name="modelDir"/>; writes the report to <paramref name="jsonPath"/> when given.</summary>
    public async Task<MeasureReport> RunAsync(string modelDir, string? jsonPath, CancellationToken ct = default)
    {
        options.Validate();
        var preset = WorldPresets.Get(options.Preset);
        var problems = new ProblemSource(preset.Problems, preset.Splits).Draw(WorldSplit.Test, options.Problems, options.Seed, preset.Name);
        var (model, tokenizer) = WorldModelFiles.Load(modelDir);
        using var _ = model;
        var generator = new TextGenerator(model, tokenizer);
        var policy = new GeneratorStepPolicy(generator);
        var judge = new GeneratorStepJudge(generator);
        var seconds = new Dictionary<string, double>();
        var clock = Stopwatch.StartNew();
        // Timed parts report the time since the previous part ended (greedy's generation runs before its Timed call).
        T Timed<T>(string name, Func<T> f)
        {
            var r = f();
            seconds[name] = clock.Elapsed.TotalSeconds;
            log(string.Create(CultureInfo.InvariantCulture, $"{name} ({seconds[name]:F0}s): {r}"));
            clock.Restart();
            return r;
        }

        var greedyCorrect = GreedyMeasurement.Solve(generator, problems, options.BatchSize);
        var greedy = Timed("greedy", () => Rate.WithInterval(greedyCorrect));
        var (steps, opSteps) = Timed("per-step", () => GreedyMeasurement.Steps(generator, problems.Take(options.StepProblems).ToList(), options.BatchSize));
        var judgeProblems = problems.Take(options.JudgePairs).ToList();
        var corruptionPairs = JudgePairSet.FromCorruptions(judgeProblems, preset.Eft.Corruptions, options.Seed + 3);
        var onCorruptions = Timed("judge-corruptions", () => JudgeMeasurement.MeasureAsync(judge, corruptionPairs, ct).GetAwaiter().GetResult());
        var (own, _) = await WrongStepMiner.MineAsync(policy, judgeProblems, 4, 1.0, options.Seed + 5, options.BatchSize, ct).ConfigureAwait(false);
        var ownPairs = JudgePairSet.FromSampled(judgeProblems, own);
        var onOwn = ownPairs.Count == 0 ? null
            : Timed("judge-own-errors", () => JudgeMeasurement.MeasureAsync(judge, ownPairs, ct).GetAwaiter().GetResult());
        SearchOutcome? self = null, oracle = null;
        var searched = problems.Take(options.SearchProblems ?? problems.Count).ToList();
        if (options.SelfSearch)
            self = await Search("self", policy, judge, searched, ct).ConfigureAwait(false);
        if (options.OracleSearch)
            oracle = await Search("oracle", policy, new OracleStepJudge(), searched, ct).ConfigureAwait(false);
        var greedyOnSearched = greedyCorrect.Take(searched.Count).ToList();
        if (self is not null)
            log(string.Create(CultureInfo.InvariantCulture, $"greedy on the searched problems: {Rate.WithInterval(greedyCorrect.Take(searched.Count).ToList())}"));
        var diff = self is null ? null : Bootstrap.DifferenceInterval(self.Correct, greedyOnSearched);
        if (diff is not null)
            log(string.Create(CultureInfo.InvariantCulture,
                $"self-search - greedy on the same {searched.Count} problems: {100 * (self!.Accuracy.Value - Bootstrap.Accuracy(greedyOnSearched)):F1} points (95% CI {100 * diff.Low:F1}..{100 * diff.High:F1})"));
        var report = new MeasureReport(modelDir, options, greedy, steps, opSteps, onCorruptions, onOwn, self, oracle, diff, seconds);
        if (jsonPath is not null)
            AtomicFile.WriteAllText(jsonPath, JsonSerializer.Serialize(report, Json));
        return report;

        async Task<SearchOutcome> Search(string name, Roles.IStepPolicy p, Roles.IStepJudge j, IReadOnlyList<World.Problems.WorldProblem> ps, CancellationToken token)
        {
            var outcome = await SearchMeasurement.RunAsync(name, p, j, ps, options.Search, options.Seed, token).ConfigureAwait(false);
            seconds[$"search-{name}"] = outcome.Seconds;
            var c = outcome.Counters;
            log(string.Create(CultureInfo.InvariantCulture,
                $"search ({name} judge, {outcome.Seconds:F0}s): accuracy {outcome.Accuracy}; expansions {c.Expansions}, identical {100 * outcome.IdenticalExpansionRate:F0}%, rollbacks {c.Rollbacks}, judge calls {c.JudgeCalls}, unparsed {c.UnparsedVerdicts}, both-wrong verdicts {c.BothWrongVerdicts}, dropped by self-judged filter {c.PairsDroppedSelfJudged}, unfinished {c.Unfinished}"));
            log($"  kept pairs: {outcome.KeptPairs}");
            log($"  scored pairs (before filter): {outcome.ScoredPairs}");
            return outcome;
        }
    }
}
