namespace Psr.Eval.Evaluation;

/// <summary>A model's prediction for one item: a whole output (its answer is extracted) or an answer given directly.</summary>
/// <param name="Id">The benchmark item id.</param>
/// <param name="Output">A solution text, or null.</param>
/// <param name="Answer">An already-extracted answer, used when <paramref name="Output"/> is null.</param>
public sealed record Prediction(string Id, string? Output, string? Answer = null);
