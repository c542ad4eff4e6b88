namespace Psr.Pipeline.Runs;

/// <summary>
/// A stage: maps input artifacts to output artifacts in its own folder. It must be resumable: long stages record
/// finished work in a <see cref="ProgressLog{T}"/> and skip it when rerun; outputs are written atomically at the end.
/// </summary>
public interface IStage
{
    /// <summary>The stage's id (folder).</summary>
    StageId Id { get; }

    /// <summary>Hash of the configuration the stage depends on; a change reruns it from scratch.</summary>
    string ConfigHash { get; }

    /// <summary>Run-relative paths of the input artifacts (hashed; a change reruns the stage from scratch).</summary>
    IReadOnlyList<string> Inputs { get; }

    /// <summary>Does (or resumes) the work and writes the outputs.</summary>
    Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken);
}
