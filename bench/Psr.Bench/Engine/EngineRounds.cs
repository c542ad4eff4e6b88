using System.Globalization;
using Psr.Core.Errors;

namespace Psr.Bench.Engine;

/// <summary>
/// Runs workloads on psr and the peer interleaved round by round (the side that goes first alternates), so load on a
/// shared machine hits both; shared by the <c>engine</c> and <c>profile</c> verbs.
/// </summary>
internal static class EngineRounds
{
    /// <summary>Every workload's measurements and the 1-minute load average before each round and at the end.</summary>
    public sealed record Results(IReadOnlyList<WorkloadResult> Workloads, IReadOnlyList<double> Loads);

    public static Results Run(IReadOnlyList<EngineWorkload> plan, EngineOptions options, PeerSide? peer)
    {
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
        return new Results(results, loads);
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
