namespace Psr.Pipeline.Stages;

/// <summary>Progress of one task inside a stage (e.g. "01-init sft", "02-search questions").</summary>
/// <param name="Task">A short label: stage folder and what is counted.</param>
/// <param name="Done">Items finished (resumed work included).</param>
/// <param name="Total">Items in all.</param>
public sealed record StageProgress(string Task, long Done, long Total);
