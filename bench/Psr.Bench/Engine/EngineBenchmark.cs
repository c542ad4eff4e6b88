using Psr.Core.IO;

namespace Psr.Bench.Engine;

/// <summary>
/// The <c>engine</c> verb: psr's TorchSharp engine against the PyTorch peer on the same architecture, sizes and
/// batch, interleaved round by round (the side that goes first alternates), so load on a shared machine hits both.
/// </summary>
internal static class EngineBenchmark
{
    public static int Run(string[] args)
    {
        var options = EngineOptions.Parse(args);
        var peer = options.NoPeer ? null : PeerSide.Open(options);
        var plan = EngineWorkload.Plan(options);
        var (results, loads) = EngineRounds.Run(plan, options, peer);
        var command = "dotnet run -c Release --project bench/Psr.Bench -- engine " + string.Join(' ', args);
        var report = new EngineReport(command.TrimEnd(), MachineInfo.Describe(peer?.TorchVersion ?? "", peer?.Blas ?? "", loads), results);
        Console.Write(report.FormatTable());
        AtomicFile.WriteAllText(options.Out, report.ToJson() + "\n");
        Console.WriteLine($"results written to {options.Out}");
        return 0;
    }
}
