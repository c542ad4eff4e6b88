using System.Diagnostics;

namespace Psr.Eval.Grading;

/// <summary>
/// The end of one comparison's time budget. Checked inside parser and evaluator loops (a timestamp read, no timer or
/// thread per comparison), so a slow comparison stops itself.
/// </summary>
internal readonly struct Deadline
{
    private readonly long _endTimestamp;

    private Deadline(long endTimestamp) => _endTimestamp = endTimestamp;

    public static Deadline After(TimeSpan budget) =>
        new(Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency));

    public bool IsExpired => Stopwatch.GetTimestamp() > _endTimestamp;

    /// <summary>Throws <see cref="GradingLimitException"/> (timeout) once the budget is spent.</summary>
    public void Check()
    {
        if (IsExpired)
            throw new GradingLimitException(GradeReason.Timeout);
    }
}
