namespace Psr.Pipeline.Runs;

/// <summary>State of a stage as its manifest records it.</summary>
public enum StageStatus
{
    /// <summary>Started and not finished (running, killed or cancelled): a rerun resumes it.</summary>
    Running,

    /// <summary>Finished; outputs and their hashes are recorded.</summary>
    Done,
}
