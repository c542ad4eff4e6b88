namespace Psr.Pipeline.Stages;

/// <summary>One SFT optimizer step as kept in <c>history.jsonl</c> (no timings, so a resumed run writes the same file).</summary>
/// <param name="Step">Optimizer steps completed.</param>
/// <param name="Loss">Mean cross-entropy over the step's response tokens.</param>
/// <param name="LearningRate">Learning rate of the step.</param>
/// <param name="GradNorm">Gradient norm before clipping.</param>
public sealed record LossPoint(int Step, double Loss, double LearningRate, double GradNorm);
