namespace Psr.World.Judging;

/// <summary>What each <see cref="JudgeCheck"/> writes, decided in one place for the writer and the configuration.</summary>
public static class JudgeCheckExtensions
{
    /// <summary>Whether and in which order the check lines compare each operation with the ready one.</summary>
    public static OperationMatch Match(this JudgeCheck check) => check switch
    {
        JudgeCheck.Matched or JudgeCheck.StateMatched => OperationMatch.CandidateFirst,
        JudgeCheck.ReadyFirst => OperationMatch.ReadyFirst,
        JudgeCheck.OwnStep => OperationMatch.LeftmostFirst,
        JudgeCheck.OwnStepLast => OperationMatch.LeftmostLast,
        _ => OperationMatch.None,
    };

    /// <summary>Whether the judge's prompt carries the model's own next operation (<see cref="JudgeCheck.OwnStep"/>, <see cref="JudgeCheck.OwnStepLast"/>).</summary>
    public static bool NeedsOwnStep(this JudgeCheck check) => check is JudgeCheck.OwnStep or JudgeCheck.OwnStepLast;
}
