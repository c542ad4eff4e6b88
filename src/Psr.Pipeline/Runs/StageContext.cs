namespace Psr.Pipeline.Runs;

/// <summary>What a running stage may touch: its own folder (and, read-only, the run's other artifacts).</summary>
/// <param name="Run">The run directory.</param>
/// <param name="Id">The stage.</param>
/// <param name="Attempt">1 on a fresh start, more when resuming.</param>
public sealed record StageContext(RunDirectory Run, StageId Id, int Attempt)
{
    /// <summary>The stage's folder.</summary>
    public string Directory => Run.StageDirectory(Id);

    /// <summary>The run-relative path of <paramref name="fileName"/> in the stage folder.</summary>
    public string Artifact(string fileName) => RunLayout.Artifact(Id, fileName);

    /// <summary>The absolute path of <paramref name="fileName"/> in the stage folder.</summary>
    public string PathOf(string fileName) => Run.Resolve(Artifact(fileName));

    /// <summary>Opens (or creates) the stage's progress log.</summary>
    public ProgressLog<T> OpenProgress<T>(string fileName = "progress.jsonl") => ProgressLog<T>.Open(PathOf(fileName));
}
