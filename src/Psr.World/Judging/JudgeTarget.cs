namespace Psr.World.Judging;

/// <summary>The exact judge output for one ordered pair: the check lines and the verdict.</summary>
/// <param name="Text">What the judge should write after the prompt (no end-of-sequence marker).</param>
/// <param name="MarkA">The mark of candidate A (equals the oracle's label).</param>
/// <param name="MarkB">The mark of candidate B.</param>
/// <param name="Verdict">The verdict implied by the marks.</param>
public sealed record JudgeTarget(string Text, CandidateMark MarkA, CandidateMark MarkB, PairVerdict Verdict);
