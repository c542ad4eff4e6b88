using Psr.Model.Generation;
using Psr.Roles;
using Psr.Pipeline.SeedData;

namespace Psr.Pipeline.Adapters;

/// <summary>
/// The policy role over an in-process <see cref="TextGenerator"/> in the world's solve format: the prompt is the question
/// and the accepted steps, one per line; a candidate ends at the next newline (one step) or at EOS (the solution ends).
/// Each prefix carries its own seed (per-row streams), so a prefix's candidates do not depend on its batch.
/// </summary>
public sealed class GeneratorStepPolicy(TextGenerator generator) : IStepPolicy
{
    private static readonly IReadOnlyList<string> StepStop = [PolicyPrompt.LineEnd];

    /// <inheritdoc />
    public Task<IReadOnlyList<IReadOnlyList<StepCandidate>>> SampleAsync(
        IReadOnlyList<StepPrefix> prefixes, StepSampling sampling, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var requests = prefixes
            .Select(p => new GenerationRequest(PolicyPrompt.Format(p.Question, p.PreviousSteps), StepStop, sampling.MaxStepTokens, p.Seed))
            .ToList();
        var options = new SamplingOptions
        {
            Temperature = sampling.Temperature, TopP = sampling.TopP, Candidates = sampling.Width,
            MaxNewTokens = sampling.MaxStepTokens, StopStrings = StepStop, LengthBuckets = true,
        };
        var completions = generator.Sample(requests, options);
        IReadOnlyList<IReadOnlyList<StepCandidate>> result = completions
            .GroupBy(c => c.PromptIndex)
            .OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<StepCandidate>)g.OrderBy(c => c.Candidate).Select(ToCandidate).ToList())
            .ToList();
        return Task.FromResult(result);
    }

    private static StepCandidate ToCandidate(Completion c) => new(c.Text, c.Reason switch
    {
        StopReason.Eos => CandidateEnd.EndOfSequence,
        StopReason.StopString => CandidateEnd.StepBoundary,
        _ => CandidateEnd.TokenLimit,
    });
}
