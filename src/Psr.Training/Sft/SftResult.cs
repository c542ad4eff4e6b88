namespace Psr.Training.Sft;

/// <summary>What one <see cref="SftTrainer.Train"/> call did.</summary>
/// <param name="History">One entry per optimizer step run by this call (a resumed call starts after the checkpoint).</param>
/// <param name="ResumedFromStep">Step of the checkpoint the call resumed from; 0 for a fresh start.</param>
/// <param name="TruncatedExamples">Examples cut to the maximum sequence length.</param>
/// <param name="LastCheckpoint">Folder of the last checkpoint written, or null when none was.</param>
public sealed record SftResult(
    IReadOnlyList<TrainProgress> History, int ResumedFromStep, int TruncatedExamples, string? LastCheckpoint);
