namespace Psr.Roles;

/// <summary>A greedy solver that also tells which solutions hit the token cap (served policies; truncation rates).</summary>
public interface IGreedyEndsSolver : IGreedySolver
{
    /// <summary>One greedy continuation per prompt, in order, of at most <paramref name="maxTokens"/> tokens.</summary>
    Task<IReadOnlyList<GreedyOutput>> SolveWithEndsAsync(IReadOnlyList<string> prompts, int maxTokens, CancellationToken cancellationToken);
}
