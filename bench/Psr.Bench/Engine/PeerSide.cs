using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Psr.Core.Errors;

namespace Psr.Bench.Engine;

/// <summary>
/// The PyTorch peer (<c>bench/peer/qwen2_peer.py</c>), one subprocess per measurement with the workload's arguments;
/// it prints one JSON line. Interpreter start-up and <c>import torch</c> are outside its timed region.
/// </summary>
internal sealed class PeerSide(EngineOptions options, string script)
{
    private const string Install =
        "install it with: sudo apt-get install -y --no-install-recommends python3-torch python3-numpy";

    /// <summary>Finds the script and checks the interpreter imports torch; throws one clear line otherwise.</summary>
    public static PeerSide Open(EngineOptions options)
    {
        var script = options.PeerScript ?? FindScript()
            ?? throw new PsrException("engine: bench/peer/qwen2_peer.py not found above the working folder; pass --peer-script PATH");
        if (!File.Exists(script))
            throw new PsrException($"engine: --peer-script {script}: file not found");
        if (options.PeerBlas != EngineOptions.SystemBlas && !File.Exists(Path.Combine(options.PeerBlas, "libblas.so.3")))
            throw new PsrException(
                $"engine: --peer-blas {options.PeerBlas}: no libblas.so.3 there. Without a fast BLAS the peer runs on the reference BLAS " +
                "(about 30x slower). Unpack one with: apt-get download libopenblas0-openmp && sudo dpkg-deb -x libopenblas0-openmp_*.deb /opt/openblas-omp " +
                "(or pass --peer-blas system to accept the system BLAS)");
        var peer = new PeerSide(options, script);
        var (code, output, error) = peer.Execute(["-c", "import torch; print(torch.__version__)"]);
        if (code != 0)
            throw new PsrException($"engine: {options.Python} cannot import torch ({LastLine(error)}); {Install}");
        peer.TorchVersion = output.Trim();
        return peer;
    }

    /// <summary>The peer's torch version, as it reports it.</summary>
    public string TorchVersion { get; private set; } = "";

    /// <summary>The BLAS library the peer had loaded in its last run (read from its /proc/self/maps).</summary>
    public string Blas { get; private set; } = "";

    public Measurement Run(EngineWorkload workload)
    {
        var (code, output, error) = Execute([script, .. workload.PeerArguments()]);
        if (code != 0)
            throw new PsrException($"engine: peer {workload.Name} failed (exit {code}): {LastLine(error)}");
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var value = root.GetProperty(workload.Kind == WorkloadKind.Matmul ? "gflops" : "tokens_per_s").GetDouble();
            long? parameters = root.TryGetProperty("params", out var p) ? p.GetInt64() : null;
            if (root.TryGetProperty("blas", out var blas))
                Blas = blas.GetString() ?? "";
            return new Measurement(value, parameters);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new PsrException($"engine: peer {workload.Name} printed no result line ({e.Message}): '{line}'");
        }
    }

    private (int Code, string Output, string Error) Execute(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(options.Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        if (options.PeerBlas != EngineOptions.SystemBlas)
        {
            var existing = Environment.GetEnvironmentVariable("LD_LIBRARY_PATH");
            start.Environment["LD_LIBRARY_PATH"] = string.IsNullOrEmpty(existing) ? options.PeerBlas : $"{options.PeerBlas}:{existing}";
            if (CoreType() is { } core)
                start.Environment["OPENBLAS_CORETYPE"] = core;
        }
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }
        catch (Win32Exception e)
        {
            throw new PsrException($"engine: cannot start {options.Python} ({e.Message}); pass --python PATH or {Install}");
        }
    }

    /// <summary>
    /// OpenBLAS 0.3.21 (Debian 12) does not know CPUs newer than it (e.g. Sapphire Rapids) and falls back to its
    /// generic Prescott kernels, 10x slower; name the best kernel family the CPU supports unless the user set one.
    /// </summary>
    private static string? CoreType()
    {
        if (Environment.GetEnvironmentVariable("OPENBLAS_CORETYPE") is { Length: > 0 })
            return null;
        const string cpuinfo = "/proc/cpuinfo";
        var flags = File.Exists(cpuinfo)
            ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("flags", StringComparison.Ordinal))?.Split(' ') ?? []
            : [];
        return flags.Contains("avx512f") && flags.Contains("avx512bw") ? "SkylakeX" : flags.Contains("avx2") ? "Haswell" : null;
    }

    private static string? FindScript()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "bench", "peer", "qwen2_peer.py");
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
}
