using Psr.Model.Generation;
using Psr.Roles;

namespace Psr.Pipeline.Adapters;

/// <summary>Greedy solutions from an in-process <see cref="TextGenerator"/> (no stop string: EOS or the token cap ends them).</summary>
public sealed class GeneratorGreedySolver(TextGenerator generator) : IGreedySolver
{
    /// <inheritdoc />
    public Task<IReadOnlyList<string>> SolveAsync(IReadOnlyList<string> prompts, int maxTokens, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var outputs = generator.Sample(prompts, new SamplingOptions { Temperature = 0, MaxNewTokens = maxTokens });
        return Task.FromResult<IReadOnlyList<string>>(outputs.Select(o => o.Text).ToList());
    }
}
