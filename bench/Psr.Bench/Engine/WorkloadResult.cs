namespace Psr.Bench.Engine;

/// <summary>Every round's measurements of one workload on both sides.</summary>
internal sealed class WorkloadResult(EngineWorkload workload)
{
    public EngineWorkload Workload { get; } = workload;

    /// <summary>psr's value per round.</summary>
    public List<double> Psr { get; } = [];

    /// <summary>The peer's value per round (empty with --no-peer).</summary>
    public List<double> Peer { get; } = [];

    /// <summary>Model parameters (psr's count; the run stops if the peer's differs).</summary>
    public long? Parameters { get; set; }

    public double PsrMedian => Statistics.Median(Psr);

    public double? PeerMedian => Peer.Count == 0 ? null : Statistics.Median(Peer);

    /// <summary>psr / peer of the medians (the acceptance figure), or null without a peer.</summary>
    public double? Ratio => PeerMedian is { } peer && peer > 0 ? PsrMedian / peer : null;

    /// <summary>Whether the ratio meets the workload's target; null when there is no target or no peer.</summary>
    public bool? Met => Workload.Target is { } target && Ratio is { } ratio ? ratio >= target : null;
}
