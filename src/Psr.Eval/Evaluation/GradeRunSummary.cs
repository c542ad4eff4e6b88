namespace Psr.Eval.Evaluation;

/// <summary>What a <see cref="GradeRunner"/> run did.</summary>
/// <param name="Count">Lines graded.</param>
/// <param name="Equal">Lines graded equal.</param>
/// <param name="Skipped">Malformed lines skipped (only with <see cref="GradeRunOptions.SkipInvalid"/>).</param>
public sealed record GradeRunSummary(int Count, int Equal, int Skipped)
{
    /// <summary>Equal / Count (0 when nothing was graded).</summary>
    public double Accuracy => Count == 0 ? 0 : Equal / (double)Count;
}
