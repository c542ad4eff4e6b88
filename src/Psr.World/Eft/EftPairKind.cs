namespace Psr.World.Eft;

/// <summary>Which kinds of candidates an EFT (judge training) pair contrasts.</summary>
public enum EftPairKind
{
    /// <summary>A correct step against a wrong one (the paper's kind: best vs worst sibling).</summary>
    RightVsWrong,

    /// <summary>Two different correct steps (target verdict <c>[[tie]]</c>).</summary>
    RightVsRight,

    /// <summary>Two different wrong steps (target verdict <c>[[none]]</c>).</summary>
    WrongVsWrong,
}
