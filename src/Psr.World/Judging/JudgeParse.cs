namespace Psr.World.Judging;

/// <summary>
/// What a model-written judgment says. Never null: an output without a verdict token has <see cref="Parsed"/> false
/// and is counted (<see cref="JudgeParseStats"/>).
/// </summary>
/// <param name="Raw">The judge output as given.</param>
/// <param name="Parsed">Whether a verdict token was found.</param>
/// <param name="MarkA">The last word of the first <c>A:</c> check line.</param>
/// <param name="MarkB">The last word of the first <c>B:</c> check line.</param>
/// <param name="Verdict">The first verdict token, or <see cref="PairVerdict.Missing"/>.</param>
public sealed record JudgeParse(string Raw, bool Parsed, CandidateMark MarkA, CandidateMark MarkB, PairVerdict Verdict)
{
    /// <summary>The verdict the two marks imply (missing when a mark is missing).</summary>
    public PairVerdict MarksVerdict => JudgeFormat.FromMarks(MarkA, MarkB);

    /// <summary>Whether the verdict token agrees with the marks.</summary>
    public bool Consistent => Parsed && Verdict == MarksVerdict;
}
