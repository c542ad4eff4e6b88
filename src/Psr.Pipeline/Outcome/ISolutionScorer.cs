namespace Psr.Pipeline.Outcome;

/// <summary>The judge role of the outcome baseline: the model's raw scoring outputs for each whole solution.</summary>
public interface ISolutionScorer
{
    /// <summary>Judge samples per solution that every call returns.</summary>
    int Samples { get; }

    /// <summary>Returns, per request and in order, exactly <see cref="Samples"/> raw outputs (parsed by <see cref="ScoreParser"/>).</summary>
    Task<IReadOnlyList<IReadOnlyList<string>>> ScoreAsync(IReadOnlyList<ScoreRequest> requests, CancellationToken cancellationToken);
}
