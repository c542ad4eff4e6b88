using System.Globalization;
using Psr.Core.Errors;
using Psr.Protocol.OpenAI;

namespace Psr.Bench.Engine;

/// <summary>Options of the <c>engine</c> benchmark verb (psr's TorchSharp engine vs a PyTorch peer).</summary>
internal sealed record EngineOptions
{
    /// <summary>Default peer interpreter: Debian's python3, which is where python3-torch installs.</summary>
    public const string DefaultPython = "/usr/bin/python3";

    /// <summary>Default folder holding the OpenMP OpenBLAS (<c>libblas.so.3</c>) the peer is run with.</summary>
    public const string DefaultPeerBlas = "/opt/openblas-omp/usr/lib/x86_64-linux-gnu/openblas-openmp";

    /// <summary><see cref="PeerBlas"/> value meaning "whatever BLAS the system's python3-torch finds".</summary>
    public const string SystemBlas = "system";

    /// <summary>Interleaved rounds (psr and peer alternate within each). Default 3 (1 with --quick).</summary>
    public int Rounds { get; init; } = 3;

    /// <summary>Short runs (fewer steps, smaller matmul) to check that everything works, not to measure. Default false.</summary>
    public bool Quick { get; init; }

    /// <summary>Intra-op threads for both sides. Default 2 (the cores of the reference machine).</summary>
    public int Threads { get; init; } = 2;

    /// <summary>Python interpreter that runs the peer. Default <see cref="DefaultPython"/>.</summary>
    public string Python { get; init; } = DefaultPython;

    /// <summary>Folder put first on the peer's LD_LIBRARY_PATH, or "system". Default <see cref="DefaultPeerBlas"/>.</summary>
    public string PeerBlas { get; init; } = DefaultPeerBlas;

    /// <summary>Peer script; null finds <c>bench/peer/qwen2_peer.py</c> above the working folder or the binary.</summary>
    public string? PeerScript { get; init; }

    /// <summary>Where the JSON results go. Default <c>engine-bench.json</c> in the working folder.</summary>
    public string Out { get; init; } = "engine-bench.json";

    /// <summary>Workloads to run (names from <see cref="EngineWorkload.Names"/>); empty = all. Default all.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Skip the peer (profiling psr alone; no ratios). Default false.</summary>
    public bool NoPeer { get; init; }

    /// <summary>Parses the verb's arguments; one <see cref="PsrException"/> lists every problem.</summary>
    public static EngineOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EngineOptions();
        var problems = new List<string>();
        var roundsGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value()
            {
                if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    return args[++i];
                problems.Add($"{name} needs a value");
                return "";
            }
            int Count()
            {
                var text = Value();
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
                    return n;
                if (text.Length > 0)
                    problems.Add($"{name} ({text}) must be a whole number >= 1");
                return 1;
            }
            switch (name)
            {
                case "--rounds": options = options with { Rounds = Count() }; roundsGiven = true; break;
                case "--quick": options = options with { Quick = true }; break;
                case "--threads": options = options with { Threads = Count() }; break;
                case "--python": options = options with { Python = Value() }; break;
                case "--peer-blas": options = options with { PeerBlas = Value() }; break;
                case "--peer-script": options = options with { PeerScript = Value() }; break;
                case "--out": options = options with { Out = Value() }; break;
                case "--only": options = options with { Only = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) }; break;
                case "--no-peer": options = options with { NoPeer = true }; break;
                default: problems.Add($"unknown option '{name}'"); break;
            }
        }
        foreach (var unknown in options.Only.Where(w => !EngineWorkload.Names.Contains(w)))
            problems.Add($"--only: unknown workload '{unknown}' (known: {string.Join(", ", EngineWorkload.Names)})");
        if (problems.Count > 0)
            throw new PsrException($"engine: {string.Join("; ", problems)}");
        return options.Quick && !roundsGiven ? options with { Rounds = 1 } : options;
    }

    /// <summary>The usage line printed for bad arguments.</summary>
    public const string Usage =
        "engine [--rounds 3] [--quick] [--threads 2] [--python /usr/bin/python3] [--peer-blas DIR|system] " +
        "[--peer-script PATH] [--out engine-bench.json] [--only matmul,train-d128,train-d256,sample-b1,sample-b16,matmul-bf16,train-d128-bf16,sample-b16-bf16,train-d128-autocast,sample-b16-autocast,sample-judge,sample-judge-long,sample-judge-long-bf16] [--no-peer]";
}
