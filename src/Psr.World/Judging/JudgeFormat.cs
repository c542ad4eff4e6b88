namespace Psr.World.Judging;

/// <summary>The fixed words and tokens of the judge format (see docs/world.md).</summary>
public static class JudgeFormat
{
    /// <summary>First line of every judge prompt.</summary>
    public const string Header = "Judge:";

    /// <summary>Last line of every judge prompt; the model's check lines follow.</summary>
    public const string CheckHeader = "Check:";

    /// <summary>Last word of a check line for a correct candidate.</summary>
    public const string RightWord = "right";

    /// <summary>Last word of a check line for a wrong candidate.</summary>
    public const string WrongWord = "wrong";

    /// <summary>Starts the state line of <see cref="JudgeCheck.StateFirst"/>.</summary>
    public const string NowPrefix = "Now: ";

    /// <summary>Separates the current expression from the ready operations on the state line.</summary>
    public const string ReadySeparator = "; ready: ";

    /// <summary>Starts the prompt line of <see cref="JudgeCheck.OwnStep"/> that carries the model's own next operation.</summary>
    public const string OwnPrefix = "Own: ";

    /// <summary>Separates the checks of a candidate that holds several lines.</summary>
    public const string SegmentSeparator = " & ";

    /// <summary>The token written for <paramref name="verdict"/>, e.g. <c>[[A]]</c>.</summary>
    public static string Token(PairVerdict verdict) => verdict switch
    {
        PairVerdict.A => "[[A]]",
        PairVerdict.B => "[[B]]",
        PairVerdict.Tie => "[[tie]]",
        PairVerdict.None => "[[none]]",
        _ => "",
    };

    /// <summary>The verdict that two marks imply; <see cref="PairVerdict.Missing"/> when a mark is missing.</summary>
    public static PairVerdict FromMarks(CandidateMark a, CandidateMark b) => (a, b) switch
    {
        (CandidateMark.Right, CandidateMark.Wrong) => PairVerdict.A,
        (CandidateMark.Wrong, CandidateMark.Right) => PairVerdict.B,
        (CandidateMark.Right, CandidateMark.Right) => PairVerdict.Tie,
        (CandidateMark.Wrong, CandidateMark.Wrong) => PairVerdict.None,
        _ => PairVerdict.Missing,
    };
}
