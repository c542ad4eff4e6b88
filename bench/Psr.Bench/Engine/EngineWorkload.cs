using System.Globalization;

namespace Psr.Bench.Engine;

/// <summary>
/// One measurement both sides run with the same arguments: the psr side reads <see cref="Args"/>, the peer gets them
/// as <c>key=value</c> on its command line, so sizes cannot drift apart.
/// </summary>
/// <param name="Name">Short name used in tables, JSON and <c>--only</c>.</param>
/// <param name="Kind">What is measured.</param>
/// <param name="Args">Sizes and counts (d, layers, heads, kv_heads, vocab, batch, seq, steps, …).</param>
/// <param name="Target">Acceptance ratio psr/peer from issue 3, or null when none.</param>
internal sealed record EngineWorkload(string Name, WorkloadKind Kind, IReadOnlyDictionary<string, long> Args, double? Target)
{
    /// <summary>Every workload name, in run order.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["matmul", "train-d128", "train-d256", "sample-b1", "sample-b16", "matmul-bf16", "train-d128-bf16", "sample-b16-bf16", "train-d128-autocast", "sample-b16-autocast", "sample-judge", "sample-judge-long", "sample-judge-long-bf16"];

    /// <summary>Unit of the measured value.</summary>
    public string Unit => Kind == WorkloadKind.Matmul ? "GFLOP/s" : "tok/s";

    /// <summary>Argument <paramref name="key"/>.</summary>
    public long this[string key] => Args[key];

    /// <summary>The peer's command-line arguments: mode, then key=value pairs.</summary>
    public IEnumerable<string> PeerArguments() =>
        Args.Select(a => $"{a.Key}={a.Value.ToString(CultureInfo.InvariantCulture)}").Prepend(Kind.ToString().ToLowerInvariant());

    /// <summary>The workloads of a run: the sizes, or shorter ones with <see cref="EngineOptions.Quick"/>.</summary>
    public static IReadOnlyList<EngineWorkload> Plan(EngineOptions options)
    {
        var quick = options.Quick;
        var threads = options.Threads;
        Dictionary<string, long> Model(long d) => new()
        {
            ["d"] = d, ["layers"] = 4, ["heads"] = 4, ["kv_heads"] = 4, ["vocab"] = 96, ["bias"] = 1, ["ctx"] = 512,
            ["seed"] = 1, ["threads"] = threads,
        };
        EngineWorkload Train(long d, long steps, double target) => new($"train-d{d}", WorkloadKind.Train,
            new Dictionary<string, long>(Model(d)) { ["batch"] = 32, ["seq"] = 128, ["steps"] = quick ? 2 : steps, ["warmup"] = quick ? 1 : 2 }, target);
        EngineWorkload Sample(long batch, double? target) => new($"sample-b{batch}", WorkloadKind.Sample,
            new Dictionary<string, long>(Model(128)) { ["batch"] = batch, ["prompt"] = 16, ["new"] = quick ? 16 : 128, ["reps"] = quick ? 1 : 3 }, target);
        EngineWorkload JudgeLong(bool bf16) => new(bf16 ? "sample-judge-long-bf16" : "sample-judge-long", WorkloadKind.Sample,
            new Dictionary<string, long>(Model(128)) { ["batch"] = 256, ["prompt"] = 128, ["new"] = quick ? 32 : 224, ["reps"] = quick ? 1 : 2, ["bf16"] = bf16 ? 1 : 0 }, null);
        var all = new[]
        {
            new EngineWorkload("matmul", WorkloadKind.Matmul,
                new Dictionary<string, long> { ["n"] = quick ? 512 : 2048, ["reps"] = 5, ["threads"] = threads }, null),
            Train(128, 12, 0.95),
            Train(256, 6, 1.0),
            Sample(1, null),
            Sample(16, 1.0),
            // bfloat16 rows (psr: bfloat16 copy for the passes, float32 master weights; peer: CPU autocast / bfloat16 model)
            new EngineWorkload("matmul-bf16", WorkloadKind.Matmul,
                new Dictionary<string, long> { ["n"] = quick ? 512 : 2048, ["reps"] = 5, ["threads"] = threads, ["bf16"] = 1 }, null),
            Train(128, 12, 0.95) with { Name = "train-d128-bf16", Args = new Dictionary<string, long>(Train(128, 12, 0.95).Args) { ["bf16"] = 1 }, Target = null },
            Sample(16, 1.0) with { Name = "sample-b16-bf16", Args = new Dictionary<string, long>(Sample(16, 1.0).Args) { ["bf16"] = 1 }, Target = null },
            // psr's autocast-style rows: float32 model, only the linear layers' products in bfloat16 (MatmulPrecision);
            // the peer runs its bfloat16 route as above (it ignores `autocast`)
            Train(128, 12, 0.95) with { Name = "train-d128-autocast", Args = new Dictionary<string, long>(Train(128, 12, 0.95).Args) { ["bf16"] = 1, ["autocast"] = 1 }, Target = null },
            Sample(16, 1.0) with { Name = "sample-b16-autocast", Args = new Dictionary<string, long>(Sample(16, 1.0).Args) { ["bf16"] = 1, ["autocast"] = 1 }, Target = null },
            // the shape of the loop's judge calls: 256 prompts of ~128 tokens, ~64 new tokens each
            new EngineWorkload("sample-judge", WorkloadKind.Sample,
                new Dictionary<string, long>(Model(128)) { ["batch"] = 256, ["prompt"] = 128, ["new"] = quick ? 16 : 64, ["reps"] = quick ? 1 : 3 }, null),
            // the strong-judge preset's judge calls: check lines of ~200 tokens, so decoding reads a long KV cache
            // per row and token: float32 and a bfloat16 model (half the cache's bytes, not faster: docs/benchmarks.md)
            JudgeLong(bf16: false),
            JudgeLong(bf16: true),
        };
        return options.Only.Count == 0 ? all : all.Where(w => options.Only.Contains(w.Name)).ToArray();
    }
}
