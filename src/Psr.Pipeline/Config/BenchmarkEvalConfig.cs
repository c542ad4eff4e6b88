using Psr.Core.Errors;

namespace Psr.Pipeline.Config;

/// <summary>One extra benchmark that every model is evaluated on greedily (<c>evaluation.benchmarks[i]</c>).</summary>
public sealed record BenchmarkEvalConfig
{
    /// <summary>
    /// A shipped benchmark name (<c>gsm8k</c>, <c>math500</c>, … as <c>psr eval --benchmark</c> accepts, read from
    /// <c>shared/benchmarks</c>) or a path to a <c>.jsonl</c> file with <c>question</c>/<c>answer</c> fields. Required.
    /// </summary>
    public string Benchmark { get; init; } = "";

    /// <summary>Evaluate only the first this many items (0 = all). Default 0.</summary>
    public int Limit { get; init; }

    /// <summary>Every problem of this entry.</summary>
    public IReadOnlyList<string> Problems(string path)
    {
        var p = new ConfigProblems(path);
        p.Check(!string.IsNullOrWhiteSpace(Benchmark), nameof(Benchmark), Benchmark, "a benchmark name or .jsonl path is required")
            .Check(Limit >= 0, nameof(Limit), Limit, "must be >= 0 (0 = all items)");
        return p.Items;
    }

    /// <summary>Throws one <see cref="ConfigException"/> listing every problem.</summary>
    public void Validate(string path) => ConfigException.ThrowIfAny(Problems(path));
}
