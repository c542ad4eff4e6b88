using System.Text.RegularExpressions;
using Psr.Eval.Benchmarks;
using Psr.Eval.Metrics;
using Psr.Pipeline.Config;
using Psr.Roles;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Stages;

/// <summary>
/// <c>evaluation.benchmarks</c> for one model: greedy solutions of each benchmark's first <c>limit</c> items, resumable
/// per batch (<c>bench-i-NAME.progress.jsonl</c>), graded by <c>Psr.Eval</c> (<see cref="BenchmarkGreedyEvaluation"/>),
/// written as <c>bench-i-NAME.jsonl</c> (<see cref="GreedyRecord"/>) and summed up in <see cref="BenchmarkAccuracy"/>.
/// </summary>
public static partial class BenchmarkAccuracyEvaluation
{
    /// <summary>Runs (or resumes) every configured benchmark; returns the summaries and the written artifacts.</summary>
    public static async Task<(List<BenchmarkAccuracy> Results, List<string> Outputs)> RunAsync(StageContext context, EvaluationConfig eval,
        IGreedySolver solver, Func<string, int, Action<int>> report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(eval);
        var results = new List<BenchmarkAccuracy>();
        var outputs = new List<string>();
        for (var i = 0; i < eval.Benchmarks.Count; i++)
        {
            var entry = eval.Benchmarks[i];
            var items = BenchmarkSource.Load(entry.Benchmark, null, new JsonlFields());
            if (entry.Limit > 0)
                items = items.Take(entry.Limit).ToList();
            var stem = $"bench-{i}-{Slug(entry.Benchmark)}";
            var records = await BenchmarkGreedyEvaluation.RunAsync(context, solver, entry.Benchmark, items, eval.BatchSize, eval.MaxSolutionTokens,
                report($"benchmark {entry.Benchmark}", items.Count), ct, stem + ".progress.jsonl").ConfigureAwait(false);
            ArtifactJsonl.Write(context.PathOf(stem + ".jsonl"), records);
            outputs.Add(context.Artifact(stem + ".jsonl"));
            results.Add(Summarize(entry.Benchmark, stem + ".jsonl", records, new BootstrapOptions { Resamples = eval.BootstrapResamples }));
        }
        return (results, outputs);
    }

    /// <summary>The summary of one benchmark's records.</summary>
    public static BenchmarkAccuracy Summarize(string benchmark, string file, IReadOnlyList<GreedyRecord> records, BootstrapOptions bootstrap)
    {
        ArgumentNullException.ThrowIfNull(records);
        var correct = records.Select(r => r.Correct).ToList();
        var truncated = records.Count(r => r.Truncated == true);
        return new BenchmarkAccuracy(benchmark, file, records.Count, correct.Count(c => c), Bootstrap.Accuracy(correct),
            Bootstrap.AccuracyInterval(correct, bootstrap), records.Count(r => r.Extracted is null), truncated,
            truncated / (double)Math.Max(1, records.Count));
    }

    private static string Slug(string benchmark) => Unsafe().Replace(Path.GetFileNameWithoutExtension(benchmark).ToLowerInvariant(), "-");

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Unsafe();
}
