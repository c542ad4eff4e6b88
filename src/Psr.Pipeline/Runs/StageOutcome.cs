namespace Psr.Pipeline.Runs;

/// <summary>What a stage reports when it finishes.</summary>
/// <param name="Outputs">Run-relative paths of the artifacts it wrote.</param>
/// <param name="Counts">Named counts for the manifest.</param>
public sealed record StageOutcome(IReadOnlyList<string> Outputs, IReadOnlyDictionary<string, long> Counts);
