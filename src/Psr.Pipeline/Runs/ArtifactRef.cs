namespace Psr.Pipeline.Runs;

/// <summary>An artifact named by its run-relative path ('/' separators) and the SHA-256 of its content.</summary>
/// <param name="Path">Path relative to the run directory.</param>
/// <param name="Sha256">Lower-case hex SHA-256.</param>
public sealed record ArtifactRef(string Path, string Sha256);
