using Psr.Pipeline.Runs;

namespace Psr.Reports;

/// <summary>Wall time of one stage, from its manifest.</summary>
/// <param name="Stage">The stage folder, e.g. <c>02-search</c>.</param>
/// <param name="Status">Done, or running (killed or cancelled).</param>
/// <param name="Seconds">Wall-clock seconds over its attempts.</param>
/// <param name="Attempts">Attempts (1 + resumes).</param>
public sealed record StageTime(string Stage, StageStatus Status, double Seconds, int Attempts);
