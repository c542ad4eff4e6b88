namespace Psr.Training.Sft;

/// <summary>One optimizer step of supervised training, as reported to progress callbacks.</summary>
/// <param name="Step">Optimizer steps completed (1-based).</param>
/// <param name="TotalSteps">Steps the run will take.</param>
/// <param name="Epoch">0-based epoch of the step's last micro-batch.</param>
/// <param name="Loss">Mean cross-entropy over the step's response tokens.</param>
/// <param name="LearningRate">Learning rate used by the step.</param>
/// <param name="GradNorm">Global gradient L2 norm before clipping.</param>
/// <param name="TokensPerSecond">Input positions (padding included) processed per second of this step.</param>
/// <param name="TokensSeen">Response tokens trained on so far.</param>
public sealed record TrainProgress(
    int Step, int TotalSteps, int Epoch, double Loss, double LearningRate, double GradNorm, double TokensPerSecond,
    long TokensSeen);
