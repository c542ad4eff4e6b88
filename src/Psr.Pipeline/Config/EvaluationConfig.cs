using Psr.Core.Errors;

namespace Psr.Pipeline.Config;

/// <summary>What is measured after every model (M1 … Mn).</summary>
public sealed record EvaluationConfig
{
    /// <summary>Test problems for greedy accuracy. Default 2000.</summary>
    public int TestProblems { get; init; } = 2000;

    /// <summary>Token cap for one greedy solution. Default 256.</summary>
    public int MaxSolutionTokens { get; init; } = 256;

    /// <summary>Prompts per greedy generation call (also the resume granularity). Default 128.</summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>Measure judge accuracy on the EFT test split (both orders). Default true.</summary>
    public bool JudgeAccuracy { get; init; } = true;

    /// <summary>Test problems for test-time scaling (0 = skip). Default 500.</summary>
    public int TestTimeProblems { get; init; } = 500;

    /// <summary>The search used at test time (no pairs stored). Default: the paper's (w=6, T=0.5).</summary>
    public SearchConfig TestTimeSearch { get; init; } = new();

    /// <summary>In the world, also run the test-time search with the oracle as judge. Default true.</summary>
    public bool OracleJudgeSearch { get; init; } = true;

    /// <summary>Paired-bootstrap resamples for accuracy-difference intervals. Default 2000.</summary>
    public int BootstrapResamples { get; init; } = 2000;

    /// <summary>
    /// Extra benchmarks every model is evaluated on greedily (graded by <c>Psr.Eval</c>, resumable per item); needs
    /// the policy on an endpoint. Default none.
    /// </summary>
    public IReadOnlyList<BenchmarkEvalConfig> Benchmarks { get; init; } = [];

    /// <summary>Every problem of this section.</summary>
    public IReadOnlyList<string> Problems(string path = "evaluation")
    {
        var p = new ConfigProblems(path);
        p.Check(TestProblems > 0, nameof(TestProblems), TestProblems, "must be > 0")
            .Check(MaxSolutionTokens > 0, nameof(MaxSolutionTokens), MaxSolutionTokens, "must be > 0")
            .Check(BatchSize > 0, nameof(BatchSize), BatchSize, "must be > 0")
            .Check(TestTimeProblems >= 0, nameof(TestTimeProblems), TestTimeProblems, "must be >= 0")
            .Check(BootstrapResamples >= 100, nameof(BootstrapResamples), BootstrapResamples, "must be >= 100");
        for (var i = 0; i < Benchmarks.Count; i++)
            p.AddRange(Benchmarks[i].Problems($"{p.KeyOf(nameof(Benchmarks))}[{i}]"));
        return p.AddRange(TestTimeSearch.Problems(p.KeyOf(nameof(TestTimeSearch)))).Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate() => ConfigException.ThrowIfAny(Problems());
}
