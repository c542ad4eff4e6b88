using System.Runtime.InteropServices;

namespace Psr.Bench.Engine;

/// <summary>Conditions of a run, recorded with its numbers: shared machines make absolute numbers noisy.</summary>
/// <param name="Cores">Logical processors visible to .NET.</param>
/// <param name="Os">Operating system description.</param>
/// <param name="Dotnet">.NET runtime description.</param>
/// <param name="TorchSharp">TorchSharp assembly version.</param>
/// <param name="PeerTorch">The peer's torch version ("" without a peer).</param>
/// <param name="PeerBlas">The BLAS library the peer loaded ("" without a peer).</param>
/// <param name="LoadAverages">1-minute load average before each round, then at the end.</param>
internal sealed record MachineInfo(int Cores, string Os, string Dotnet, string TorchSharp, string PeerTorch, string PeerBlas, IReadOnlyList<double> LoadAverages)
{
    /// <summary>The 1-minute load average from /proc/loadavg, or NaN where there is none.</summary>
    public static double LoadAverage()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path))
            return double.NaN;
        var first = File.ReadAllText(path).Split(' ')[0];
        return double.TryParse(first, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var load) ? load : double.NaN;
    }

    public static MachineInfo Describe(string peerTorch, string peerBlas, IReadOnlyList<double> loads) => new(
        Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription,
        typeof(TorchSharp.torch).Assembly.GetName().Version?.ToString() ?? "?", peerTorch, peerBlas, loads);
}
