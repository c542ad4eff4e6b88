using System.Globalization;
using Psr.Core.Errors;
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
        var results = plan.Select(w => new WorkloadResult(w)).ToArray();
        var loads = new List<double>();
        for (var round = 0; round < options.Rounds; round++)
        {
            loads.Add(MachineInfo.LoadAverage());
            foreach (var result in results)
            {
                var psrFirst = round % 2 == 0;
                if (psrFirst)
                    RunPsr(result);
                if (peer is not null)
                    RunPeer(result, peer);
                if (!psrFirst)
                    RunPsr(result);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round + 1}/{options.Rounds} {result.Workload.Name}: psr {result.Psr[^1]:F0}, peer {(result.Peer.Count > round ? result.Peer[round].ToString("F0", CultureInfo.InvariantCulture) : "-")} {result.Workload.Unit}"));
            }
        }
        loads.Add(MachineInfo.LoadAverage());
        var command = "dotnet run -c Release --project bench/Psr.Bench -- engine " + string.Join(' ', args);
        var report = new EngineReport(command.TrimEnd(), MachineInfo.Describe(peer?.TorchVersion ?? "", peer?.Blas ?? "", loads), results);
        Console.Write(report.FormatTable());
        AtomicFile.WriteAllText(options.Out, report.ToJson() + "\n");
        Console.WriteLine($"results written to {options.Out}");
        return 0;
    }

    private static void RunPsr(WorkloadResult result)
    {
        var m = PsrSide.Run(result.Workload);
        result.Psr.Add(m.Value);
        result.Parameters = m.Parameters;
        GC.Collect(); // release the run's model and tensors before the next measurement
    }

    private static void RunPeer(WorkloadResult result, PeerSide peer)
    {
        var m = peer.Run(result.Workload);
        if (m.Parameters != result.Parameters && result.Parameters is not null && m.Parameters is not null)
            throw new PsrException($"engine: {result.Workload.Name}: peer model has {m.Parameters} parameters, psr's {result.Parameters}; the architectures differ");
        result.Peer.Add(m.Value);
    }
}
