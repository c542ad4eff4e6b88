using Psr.Roles;

namespace Psr.Pipeline.Search;

/// <summary>The verdict of one ordered comparison (candidate <paramref name="A"/> in position A, <paramref name="B"/> in B).</summary>
/// <param name="A">Candidate index shown as A.</param>
/// <param name="B">Candidate index shown as B.</param>
/// <param name="Verdict">The verdict in this order.</param>
/// <param name="LabelA">The judge's label for A, if any.</param>
/// <param name="LabelB">The judge's label for B, if any.</param>
/// <param name="Raw">The judge's raw text (empty for identical candidates).</param>
/// <param name="Source">Judged, reused, mirrored or identical.</param>
public sealed record ComparisonTrace(
    int A, int B, JudgeVerdict Verdict, StepCorrectness LabelA, StepCorrectness LabelB, string Raw, ComparisonSource Source);
