namespace Psr.Pipeline.Runs;

/// <summary>What <see cref="StageRunner"/> did with a stage.</summary>
/// <param name="Manifest">The stage's final manifest.</param>
/// <param name="Skipped">True when the stage was already done with the same configuration and inputs.</param>
public sealed record StageRunResult(StageManifest Manifest, bool Skipped);
