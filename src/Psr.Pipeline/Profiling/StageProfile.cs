using Psr.Core.Diagnostics;
using Psr.Pipeline.Runs;

namespace Psr.Pipeline.Profiling;

/// <summary>
/// One stage's row of the run profile: its wall time, the work its hot loops did (from the manifest's
/// <see cref="StageManifest.Work"/>) and the rates. Token rates are per second inside the loop that produced them
/// (training steps, generation calls); judge calls and questions are per second of the whole stage.
/// </summary>
/// <param name="Stage">The stage folder, e.g. <c>01-init</c>.</param>
/// <param name="Status">Done, or running (killed or cancelled).</param>
/// <param name="Seconds">Wall seconds over its attempts.</param>
/// <param name="Attempts">Attempts (1 + resumes).</param>
/// <param name="Work">What the hot loops did.</param>
/// <param name="Questions">Questions searched or test problems evaluated (the manifest's counts), or null.</param>
/// <param name="PeakGflops">The run's matmul peak, or null when the run has none recorded.</param>
public sealed record StageProfile(string Stage, StageStatus Status, double Seconds, int Attempts, WorkTotals Work, long? Questions, double? PeakGflops)
{
    /// <summary>Training tokens per second of training step.</summary>
    public double? TrainTokensPerSecond => Rate(Work.TrainTokens, Work.TrainSeconds);

    /// <summary>Model FLOP utilisation of the training steps: 6·N·tokens/s over the peak.</summary>
    public double? Mfu => PeakGflops is > 0 && Rate(Work.TrainFlops, Work.TrainSeconds) is { } flops ? flops / (PeakGflops.Value * 1e9) : null;

    /// <summary>Generated tokens per second of generation call.</summary>
    public double? SampledTokensPerSecond => Rate(Work.SampledTokens, Work.SampleSeconds);

    /// <summary>Generated tokens over rows computed: 1 when no row rode along finished.</summary>
    public double? BatchFill => Work.DecodeSlots > 0 ? Work.SampledTokens / (double)Work.DecodeSlots : null;

    /// <summary>Model judge calls per second of the stage.</summary>
    public double? JudgeCallsPerSecond => Rate(Work.JudgeCalls, Seconds);

    /// <summary>Questions per second of the stage.</summary>
    public double? QuestionsPerSecond => Questions is { } q ? Rate(q, Seconds) : null;

    /// <summary>Share of the stage's seconds spent in its hot loops (the rest: data, judging logic, files).</summary>
    public double? HotLoopShare => Rate(Work.TrainSeconds + Work.SampleSeconds, Seconds);

    /// <summary>The manifest's counts that name the stage's questions: search/score rounds and evaluations.</summary>
    public static long? QuestionsOf(IReadOnlyDictionary<string, long> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.TryGetValue("questions", out var q) ? q : counts.TryGetValue("testProblems", out var t) ? t : null;
    }

    private static double? Rate(double amount, double seconds) => amount > 0 && seconds > 0 ? amount / seconds : null;
}
