namespace Psr.Roles;

/// <summary>
/// A process reward model: the probability that a step is right given the question and the previous steps. One call
/// carries many steps (of many problems); each score must depend only on its own request and seed.
/// </summary>
public interface IStepScorer
{
    /// <summary>One score in [0, 1] per request, in order.</summary>
    Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<StepScoreRequest> requests, CancellationToken cancellationToken);
}
