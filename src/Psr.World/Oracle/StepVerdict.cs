namespace Psr.World.Oracle;

/// <summary>The oracle's decision on one candidate step.</summary>
/// <param name="Label">Correct, wrong or unknown.</param>
/// <param name="Reason">Why; <see cref="StepReason.Ok"/> exactly when <paramref name="Label"/> is correct.</param>
public readonly record struct StepVerdict(StepLabel Label, StepReason Reason)
{
    /// <summary>A correct step.</summary>
    public static StepVerdict Correct => new(StepLabel.Correct, StepReason.Ok);

    /// <summary>A wrong step for <paramref name="reason"/>.</summary>
    public static StepVerdict Wrong(StepReason reason) => new(StepLabel.Wrong, reason);

    /// <summary>An undecidable step for <paramref name="reason"/>.</summary>
    public static StepVerdict Unknown(StepReason reason) => new(StepLabel.Unknown, reason);
}
