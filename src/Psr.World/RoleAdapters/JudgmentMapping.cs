using Psr.Roles;
using Psr.World.Judging;

namespace Psr.World.RoleAdapters;

/// <summary>Maps the world's parsed judge output onto the pipeline's role records.</summary>
public static class JudgmentMapping
{
    /// <summary>A parsed judge output as a <see cref="StepJudgment"/> (verdict, both own labels, raw text).</summary>
    public static StepJudgment From(JudgeParse parse) =>
        new(Verdict(parse.Verdict), Label(parse.MarkA), Label(parse.MarkB), parse.Raw);

    /// <summary>The role verdict of a world verdict token; a missing token is <see cref="JudgeVerdict.Unparsed"/>.</summary>
    public static JudgeVerdict Verdict(PairVerdict verdict) => verdict switch
    {
        PairVerdict.A => JudgeVerdict.A,
        PairVerdict.B => JudgeVerdict.B,
        PairVerdict.Tie => JudgeVerdict.Tie,
        PairVerdict.None => JudgeVerdict.BothWrong,
        _ => JudgeVerdict.Unparsed,
    };

    /// <summary>The role label of a check line's mark.</summary>
    public static StepCorrectness Label(CandidateMark mark) => mark switch
    {
        CandidateMark.Right => StepCorrectness.Correct,
        CandidateMark.Wrong => StepCorrectness.Wrong,
        _ => StepCorrectness.Unknown,
    };
}
