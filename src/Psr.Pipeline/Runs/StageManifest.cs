using Psr.Core.Diagnostics;

namespace Psr.Pipeline.Runs;

/// <summary>
/// <c>stages/&lt;round&gt;-&lt;stage&gt;/manifest.json</c>: what the stage was run with (configuration hash, inputs and their
/// hashes), what it produced (outputs and hashes, counts) and how long it took. Written atomically.
/// </summary>
public sealed record StageManifest
{
    /// <summary>Stage name.</summary>
    public required string Stage { get; init; }

    /// <summary>Round.</summary>
    public required int Round { get; init; }

    /// <summary>Running (also: killed or cancelled) or done.</summary>
    public required StageStatus Status { get; init; }

    /// <summary>SHA-256 of the configuration the stage depends on.</summary>
    public required string ConfigHash { get; init; }

    /// <summary>Input artifacts and their hashes when the stage started.</summary>
    public IReadOnlyList<ArtifactRef> Inputs { get; init; } = [];

    /// <summary>Output artifacts and their hashes (when done).</summary>
    public IReadOnlyList<ArtifactRef> Outputs { get; init; } = [];

    /// <summary>Named counts (questions, pairs, judge calls, …), sorted by name.</summary>
    public IReadOnlyDictionary<string, long> Counts { get; init; } = new SortedDictionary<string, long>(StringComparer.Ordinal);

    /// <summary>When the first attempt started (UTC).</summary>
    public required DateTimeOffset StartedUtc { get; init; }

    /// <summary>When the stage finished (UTC).</summary>
    public DateTimeOffset? FinishedUtc { get; init; }

    /// <summary>
    /// Wall-clock seconds summed over the attempts: a finished or cancelled one in full, a killed one up to its last
    /// checkpoint (<see cref="StageRunner.CheckpointInterval"/>); while running, the attempts so far.
    /// </summary>
    public double Seconds { get; init; }

    /// <summary>
    /// Work of the hot loops (tokens trained and sampled, model judge calls) and the seconds inside them, summed over
    /// the same attempts as <see cref="Seconds"/>; the run profile's numerators. Null in manifests written before it existed.
    /// </summary>
    public WorkTotals? Work { get; init; }

    /// <summary>Attempts: 1 for an uninterrupted stage, +1 per resume.</summary>
    public int Attempts { get; init; } = 1;
}
