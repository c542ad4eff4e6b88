using System.Globalization;
using Psr.Bench.Engine;
using Psr.Core.Errors;
using Psr.Model.Qwen2;
using Psr.Pipeline.Profiling;
using Psr.Pipeline.Runs;

namespace Psr.Bench.Profile;

/// <summary>
/// The <c>profile</c> verb: prints a finished run's profile (seconds, work and rates per stage, from its manifests),
/// then measures the two hot loops (a training step, batched sampling) in a model of the run's M1 shape on psr and
/// on the PyTorch peer, interleaved in this same invocation, and prints psr/peer and the run's own rates beside them.
/// </summary>
internal static class ProfileBenchmark
{
    /// <summary>The usage line.</summary>
    public const string Usage = "profile RUN_DIR [--rounds 3] [--quick] [--threads 2] [--python PATH] [--peer-blas DIR|system] [--no-peer] [--out profile-bench.json]";

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
            throw new PsrException($"profile: the run directory is required; usage: {Usage}");
        var root = args[0];
        var rest = args.Skip(1).ToList();
        if (!rest.Contains("--out"))
            rest.AddRange(["--out", "profile-bench.json"]);
        var options = EngineOptions.Parse(rest);
        var (_, config) = RunDirectory.Open(root);
        var profile = RunProfile.Build(root);
        Console.Write(profile.Markdown());
        Console.WriteLine();

        var modelConfig = Path.Combine(root, "stages", "01-init", "model", "config.json");
        var shape = Qwen2Config.Load(modelConfig);
        var plan = Plan(shape, config.Sft.BatchSize, options);
        var peer = options.NoPeer ? null : PeerSide.Open(options);
        var results = EngineRounds.Run(plan, options, peer);
        Console.WriteLine($"Hot loops in a model of the run's M1 shape (d={shape.HiddenSize}, {shape.NumHiddenLayers} layers, {shape.NumAttentionHeads} heads, vocab {shape.VocabSize}; MLP width round_up(8d/3, 32) on both sides), measured now:");
        var command = "dotnet run -c Release --project bench/Psr.Bench -- profile " + string.Join(' ', args);
        var report = new EngineReport(command, MachineInfo.Describe(peer?.TorchVersion ?? "", peer?.Blas ?? "", results.Loads), results.Workloads);
        Console.Write(report.FormatTable());
        Console.WriteLine(RunRates(profile, results.Workloads));
        Psr.Core.IO.AtomicFile.WriteAllText(options.Out, report.ToJson() + "\n");
        Console.WriteLine($"results written to {options.Out}");
        return 0;
    }

    /// <summary>A training step at the run's SFT batch (length 128) and sampling 16 rows, in the run's model shape.</summary>
    private static List<EngineWorkload> Plan(Qwen2Config shape, int trainBatch, EngineOptions options)
    {
        Dictionary<string, long> Model() => new()
        {
            ["d"] = shape.HiddenSize, ["layers"] = shape.NumHiddenLayers, ["heads"] = shape.NumAttentionHeads,
            ["kv_heads"] = shape.NumKeyValueHeads, ["vocab"] = shape.VocabSize, ["bias"] = shape.AttentionBias ? 1 : 0,
            ["ctx"] = Math.Max(256, shape.MaxPositionEmbeddings), ["seed"] = 1, ["threads"] = options.Threads,
        };
        var quick = options.Quick;
        return
        [
            new("train", WorkloadKind.Train, new Dictionary<string, long>(Model())
                { ["batch"] = trainBatch, ["seq"] = 128, ["steps"] = quick ? 2 : 8, ["warmup"] = 1 }, null),
            new("sample", WorkloadKind.Sample, new Dictionary<string, long>(Model())
                { ["batch"] = 16, ["prompt"] = 32, ["new"] = quick ? 16 : 96, ["reps"] = quick ? 1 : 2 }, null),
        ];
    }

    /// <summary>The run's own loop rates (best stage of each kind) next to psr's measured ones.</summary>
    private static string RunRates(RunProfile profile, IReadOnlyList<WorkloadResult> results)
    {
        var train = profile.Stages.Select(s => s.TrainTokensPerSecond).Where(r => r is not null).DefaultIfEmpty().Max();
        var sample = profile.Stages.Select(s => s.SampledTokensPerSecond).Where(r => r is not null).DefaultIfEmpty().Max();
        string Of(string name) => results.FirstOrDefault(r => r.Workload.Name == name)?.PsrMedian.ToString("F0", CultureInfo.InvariantCulture) ?? "-";
        static string Rate(double? x) => x?.ToString("F0", CultureInfo.InvariantCulture) ?? "-";
        return $"In the run: training {Rate(train)} tok/s (best stage; bench psr {Of("train")}), sampling {Rate(sample)} tok/s " +
            $"(best stage, real prompts and stops; bench psr {Of("sample")}).";
    }
}
