namespace Psr.World.Oracle;

/// <summary>Short machine-readable names of <see cref="StepReason"/> (for JSONL and reports).</summary>
public static class StepReasonNames
{
    /// <summary>The kebab-case name, e.g. <c>not-available</c>.</summary>
    public static string Name(this StepReason reason) => reason switch
    {
        StepReason.Ok => "ok",
        StepReason.BadFormat => "bad-format",
        StepReason.Empty => "empty",
        StepReason.StepNumber => "step-number",
        StepReason.NotAvailable => "not-available",
        StepReason.WrongOperation => "wrong-operation",
        StepReason.Arithmetic => "arithmetic",
        StepReason.PrematureAnswer => "premature-answer",
        StepReason.WrongAnswer => "wrong-answer",
        StepReason.AfterAnswer => "after-answer",
        StepReason.MissingAnswer => "missing-answer",
        StepReason.PrefixWrong => "prefix-wrong",
        StepReason.BadQuestion => "bad-question",
        _ => "unknown",
    };
}
