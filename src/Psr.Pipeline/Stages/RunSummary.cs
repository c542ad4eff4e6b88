using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Psr.Core.IO;
using Psr.Eval.Metrics;
using Psr.Pipeline.Config;
using Psr.Pipeline.Profiling;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The run's one-screen summary (<c>summary.json</c>, <c>summary.md</c>): a row per model and the paired-bootstrap
/// difference of the last model's greedy accuracy minus M1's on the same test problems, and the same for the judge on the
/// EFT test pairs (<see cref="Stages.JudgeDrift"/>). <c>summary.json</c> holds no
/// timings, so the same configuration and seed give the same file; <c>summary.md</c> ends with the run's profile
/// (<see cref="RunProfile"/>: seconds, work and rates per stage), between its Markdown markers.
/// </summary>
/// <param name="ConfigHash">SHA-256 of the run's configuration.</param>
/// <param name="Models">One row per model, M1 first.</param>
/// <param name="Last">Name of the last model.</param>
/// <param name="Difference">Last − M1 greedy accuracy (point estimate).</param>
/// <param name="DifferenceInterval">Its 95% paired-bootstrap interval.</param>
public sealed record RunSummary(string ConfigHash, IReadOnlyList<ModelRow> Models, string Last, double Difference, ConfidenceInterval DifferenceInterval)
{
    /// <summary>The JSON file at the run's root.</summary>
    public const string JsonFile = "summary.json";

    /// <summary>The Markdown file at the run's root.</summary>
    public const string MarkdownFile = "summary.md";

    /// <summary>The last model's judge accuracy minus M1's on the EFT test pairs (null when the judge was not measured).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JudgeDrift? JudgeDrift { get; init; }

    /// <summary>Builds the summary from the evaluate stages' artifacts of <paramref name="evaluations"/> (M1 first).</summary>
    public static RunSummary Build(RunDirectory run, RunConfig config, IReadOnlyList<StageId> evaluations)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(evaluations);
        var results = evaluations.Select(id => EvaluateStage.Read(Path.Combine(run.StageDirectory(id), EvaluateStage.EvaluationFile))).ToList();
        var first = Correct(run, evaluations[0]);
        var last = Correct(run, evaluations[^1]);
        var diff = Bootstrap.Accuracy(last) - Bootstrap.Accuracy(first);
        return new RunSummary(RunConfigFile.Hash(config), results.Select(ModelRow.From).ToList(), results[^1].Model, diff,
            Bootstrap.DifferenceInterval(last, first, EvaluateStage.Bootstrap(config.Evaluation)))
        {
            JudgeDrift = evaluations.Count < 2 ? null
                : JudgeDrift.From(Judged(run, evaluations[0]), Judged(run, evaluations[^1]), EvaluateStage.Bootstrap(config.Evaluation)),
        };
    }

    /// <summary>Writes <c>summary.json</c> and <c>summary.md</c> (with the profile) atomically.</summary>
    public void Write(RunDirectory run)
    {
        ArgumentNullException.ThrowIfNull(run);
        AtomicFile.WriteAllText(Path.Combine(run.Root, JsonFile), JsonSerializer.Serialize(this, ArtifactJson.Indented) + "\n");
        AtomicFile.WriteAllText(Path.Combine(run.Root, MarkdownFile), Markdown() + Environment.NewLine + RunProfile.Build(run.Root).Markdown());
    }

    /// <summary>The summary as a Markdown table.</summary>
    public string Markdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| model | greedy acc [95% CI] | judge acc (both orders) | pairs: clean / reversed / both wrong / both right / after wrong / unknown | test-time: greedy / self-judge / oracle-judge |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var m in Models)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {m.Model} | {Pct(m.GreedyAccuracy)} [{Pct(m.GreedyLow)}, {Pct(m.GreedyHigh)}] | {Pct(m.JudgeAccuracy)} ({Pct(m.JudgeBothOrders)}) | {PairsText(m)} | {Pct(m.TestTimeGreedy)} / {Pct(m.TestTimeSelf)} / {Pct(m.TestTimeOracle)} |");
        BenchmarkTable(sb);
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Last} − M1 greedy accuracy: {Signed(Difference)} points, 95% paired-bootstrap interval [{Signed(DifferenceInterval.Low)}, {Signed(DifferenceInterval.High)}].");
        if (JudgeDrift is { } j)
            sb.AppendLine(CultureInfo.InvariantCulture, $"{Last} − M1 judge accuracy (EFT test pairs, both orders): {Signed(j.Difference)} points, 95% paired-bootstrap interval over the {j.Pairs} pairs [{Signed(j.Interval.Low)}, {Signed(j.Interval.High)}].");
        return sb.ToString();
    }

    /// <summary>A table of <c>evaluation.benchmarks</c> accuracies (nothing when none are configured).</summary>
    private void BenchmarkTable(StringBuilder sb)
    {
        var names = Models.SelectMany(m => m.Benchmarks ?? []).Select(b => b.Benchmark).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
            return;
        sb.AppendLine();
        sb.AppendLine("| model | " + string.Join(" | ", names.Select(n => $"{n} acc [95% CI] (truncated)")) + " |");
        sb.AppendLine("|---|" + string.Concat(names.Select(_ => "---|")));
        foreach (var m in Models)
        {
            var cells = names.Select(n => m.Benchmarks?.FirstOrDefault(b => b.Benchmark == n) is { } b
                ? $"{Pct(b.Accuracy)} [{Pct(b.Interval.Low)}, {Pct(b.Interval.High)}] ({Pct(b.TruncationRate)})"
                : "–");
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {m.Model} | {string.Join(" | ", cells)} |");
        }
    }

    /// <summary>The pairs cell: count and the oracle's breakdown.</summary>
    public static string PairsText(ModelRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Pairs is not { } p ? "–"
            : string.Create(CultureInfo.InvariantCulture, $"{p.Total}: {p.Clean} / {p.Reversed} / {p.BothWrong} / {p.BothRight} / {p.AfterWrongPrefix} / {p.Unknown}");
    }

    /// <summary>A fraction as a percentage with one decimal, or a dash.</summary>
    public static string Pct(double? x) => x is { } v ? (100 * v).ToString("F1", CultureInfo.InvariantCulture) + "%" : "–";

    private static string Signed(double x) => (100 * x).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    private static List<JudgeRecord> Judged(RunDirectory run, StageId id)
    {
        var path = Path.Combine(run.StageDirectory(id), "judge.jsonl");
        return File.Exists(path) ? ArtifactJsonl.Read<JudgeRecord>(path) : [];
    }

    private static List<bool> Correct(RunDirectory run, StageId id) =>
        ArtifactJsonl.Read<GreedyRecord>(Path.Combine(run.StageDirectory(id), "greedy.jsonl")).Select(r => r.Correct).ToList();
}
