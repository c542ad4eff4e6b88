namespace Psr.Pipeline.Stages;

/// <summary>One optimizer step of a continued-SFT round as kept in its <c>history.jsonl</c> (no timings: a resumed run writes the same file).</summary>
/// <param name="Step">Optimizer steps completed in this round.</param>
/// <param name="Loss">Mean cross-entropy over the step's response tokens.</param>
/// <param name="LearningRate">Learning rate of the step.</param>
/// <param name="GradNorm">Gradient norm before clipping.</param>
/// <param name="TokensSeen">Response tokens trained on in this round so far.</param>
public sealed record ContinuedSftPoint(int Step, double Loss, double LearningRate, double GradNorm, long TokensSeen);
