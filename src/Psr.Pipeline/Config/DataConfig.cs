using System.Text.Json.Serialization;
using Psr.Core.Errors;
using Psr.Eval.Benchmarks;
using Psr.World.Corruption;

namespace Psr.Pipeline.Config;

/// <summary>Seed data: where questions come from and how much IFT / EFT to build.</summary>
public sealed record DataConfig
{
    /// <summary>Question source. Default <see cref="DataSource.BuiltInWorld"/>.</summary>
    public DataSource Source { get; init; } = DataSource.BuiltInWorld;

    /// <summary>Benchmark JSONL (e.g. GSM8K train) when <see cref="Source"/> is Benchmark. Default none.</summary>
    public string? BenchmarkPath { get; init; }

    /// <summary>
    /// The field layout of <see cref="BenchmarkPath"/> (<see cref="BenchmarkName"/>: GSM8K = <c>question</c> +
    /// <c>answer</c> with a <c>#### x</c> line, MATH = <c>problem</c> + <c>solution</c> with <c>\boxed{}</c>, …).
    /// Default <see cref="BenchmarkName.Gsm8k"/>.
    /// </summary>
    public BenchmarkName BenchmarkFormat { get; init; } = BenchmarkName.Gsm8k;

    /// <summary>
    /// When <see cref="Source"/> is Benchmark: the test set every model's greedy accuracy is measured on (the first
    /// <c>evaluation.testProblems</c> items, graded by <c>Psr.Eval</c>): a shipped benchmark name or a <c>.jsonl</c>
    /// path, as <c>psr eval --benchmark</c> accepts. Default <c>gsm8k</c>.
    /// </summary>
    public string TestBenchmark { get; init; } = "gsm8k";

    /// <summary>
    /// When <see cref="Source"/> is Benchmark: a ready EFT training file in psr's EFT JSONL format
    /// (<c>Psr.World.Eft.EftExample</c> lines), until the real-data EFT stage exists. Default none.
    /// </summary>
    public string? EftPath { get; init; }

    /// <summary>
    /// When <see cref="Source"/> is Benchmark: a ready EFT test file (same format), the judge-accuracy set; without it
    /// judge accuracy is not measured. Default none.
    /// </summary>
    public string? EftTestPath { get; init; }

    /// <summary>Token cap of one segmenter answer (<see cref="StepSegmentation.Model"/>). Default 2048.</summary>
    public int SegmenterMaxTokens { get; init; } = 2048;

    /// <summary>How benchmark solutions are split into steps. Default <see cref="StepSegmentation.RuleBased"/>.</summary>
    public StepSegmentation Segmentation { get; init; } = StepSegmentation.RuleBased;

    /// <summary>Built-in world preset (<c>Psr.World.Presets.WorldPresets</c>) when <see cref="Source"/> is BuiltInWorld. Default "default".</summary>
    public string World { get; init; } = "default";

    /// <summary>IFT solutions (step-formatted). Default 2000.</summary>
    public int IftProblems { get; init; } = 2000;

    /// <summary>EFT training pairs (kept after the agreement filter). Default 4000.</summary>
    public int EftPairs { get; init; } = 4000;

    /// <summary>EFT pairs held out as the judge-accuracy test set, drawn from the world's dev split. Default 500.</summary>
    public int EftTestPairs { get; init; } = 500;

    /// <summary>
    /// IFT problems at whose gold prefixes the base model (<c>model.checkpoint</c>) is sampled (4 samples, T=1) for
    /// wrong EFT steps; 0 (or no base checkpoint) uses the corruption rules only. Default 0.
    /// </summary>
    public int MineProblems { get; init; }

    /// <summary>
    /// Relative frequency of each corruption rule in the seed training data (the step-judge EFT pairs and the outcome
    /// baseline's scoring examples), e.g. more wrong operands for a judge that misses them; the held-out test pairs
    /// keep the world's mix, so judge accuracy stays comparable. Null = the world's. Default null.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CorruptionWeights? EftCorruptions { get; init; }

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path = "data")
    {
        var p = new ConfigProblems(path);
        p.Check(Enum.IsDefined(Source), nameof(Source), Source, "unknown value")
            .Check(Enum.IsDefined(Segmentation), nameof(Segmentation), Segmentation, "unknown value")
            .Check(Source != DataSource.Benchmark || !string.IsNullOrWhiteSpace(BenchmarkPath),
                nameof(BenchmarkPath), BenchmarkPath, "required when source is Benchmark")
            .Check(Enum.IsDefined(BenchmarkFormat), nameof(BenchmarkFormat), BenchmarkFormat, "unknown value")
            .Check(Source != DataSource.Benchmark || Segmentation != StepSegmentation.RuleBased || BenchmarkFormat == BenchmarkName.Gsm8k,
                nameof(Segmentation), Segmentation, $"the rule-based splitter splits GSM8K solutions only (benchmarkFormat = {BenchmarkFormat}); use Model")
            .Check(Source != DataSource.Benchmark || !string.IsNullOrWhiteSpace(TestBenchmark), nameof(TestBenchmark), TestBenchmark, "required when source is Benchmark")
            .Check(SegmenterMaxTokens > 0, nameof(SegmenterMaxTokens), SegmenterMaxTokens, "must be > 0")
            .Check(IftProblems > 0, nameof(IftProblems), IftProblems, "must be > 0")
            .Check(EftPairs > 0, nameof(EftPairs), EftPairs, "must be > 0")
            .Check(EftTestPairs > 0, nameof(EftTestPairs), EftTestPairs, "must be > 0")
            .Check(MineProblems >= 0 && MineProblems <= IftProblems, nameof(MineProblems), MineProblems, "must be in [0, iftProblems]")
            .Check(Source != DataSource.BuiltInWorld || Psr.World.Presets.WorldPresets.All.Any(w => w.Name == World), nameof(World), World,
                "unknown world preset (known: " + string.Join(", ", Psr.World.Presets.WorldPresets.All.Select(w => w.Name)) + ")");
        if (EftCorruptions is { } weights)
        {
            var corruptions = new ConfigProblems(p.KeyOf(nameof(EftCorruptions)));
            foreach (var rule in Enum.GetValues<CorruptionRule>())
                corruptions.Check(weights.Of(rule) >= 0, rule.ToString(), weights.Of(rule), "must be >= 0");
            p.AddRange(corruptions.Items)
                .Check(corruptions.Items.Count > 0 || Enum.GetValues<CorruptionRule>().Sum(weights.Of) > 0, nameof(EftCorruptions), 0,
                    "the weights sum to 0; at least one must be > 0");
        }
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());
}
