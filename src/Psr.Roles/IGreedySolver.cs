namespace Psr.Roles;

/// <summary>
/// The policy writing whole solutions greedily (evaluation): each prompt's output depends only on the prompt, never on
/// which other prompts share the call.
/// </summary>
public interface IGreedySolver
{
    /// <summary>One greedy continuation per prompt, in order, of at most <paramref name="maxTokens"/> tokens.</summary>
    Task<IReadOnlyList<string>> SolveAsync(IReadOnlyList<string> prompts, int maxTokens, CancellationToken cancellationToken);
}
