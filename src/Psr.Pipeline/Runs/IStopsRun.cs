namespace Psr.Pipeline.Runs;

/// <summary>
/// A stage whose finished result may end the run after its round (the safeguard's <c>Stop</c> action): the loop asks
/// it once it has run, and runs no stage of a later round.
/// </summary>
public interface IStopsRun
{
    /// <summary>Whether the run stops after this stage's round, read from the stage's finished output in <paramref name="run"/>.</summary>
    bool StopsRun(RunDirectory run);
}
