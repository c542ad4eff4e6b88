namespace Psr.Roles;

/// <summary>
/// The judge role: compares two candidate steps. One call carries many comparisons (from many questions); as for the
/// policy, each result must depend only on its own comparison and seed.
/// </summary>
public interface IStepJudge
{
    /// <summary>Returns one judgment per comparison, in order.</summary>
    Task<IReadOnlyList<StepJudgment>> JudgeAsync(IReadOnlyList<StepComparison> comparisons, CancellationToken cancellationToken);
}
