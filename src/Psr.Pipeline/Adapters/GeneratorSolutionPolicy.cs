using Psr.Model.Generation;
using Psr.Pipeline.Outcome;
using Psr.Roles;
using Psr.Pipeline.SeedData;

namespace Psr.Pipeline.Adapters;

/// <summary>
/// The outcome baseline's policy over an in-process <see cref="TextGenerator"/>: whole solutions in the world's solve
/// format (the question line as prompt, generation to EOS or the token cap), each question with its own seed.
/// </summary>
public sealed class GeneratorSolutionPolicy(TextGenerator generator) : ISolutionPolicy
{
    /// <inheritdoc />
    public Task<IReadOnlyList<IReadOnlyList<StepCandidate>>> SampleAsync(IReadOnlyList<SolutionRequest> requests, SolutionSampling sampling, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sampling);
        cancellationToken.ThrowIfCancellationRequested();
        var prompts = requests.Select(r => new GenerationRequest(PolicyPrompt.Format(r.Question, []), null, sampling.MaxTokens, r.Seed)).ToList();
        var options = new SamplingOptions
        {
            Temperature = sampling.Temperature, TopP = sampling.TopP, Candidates = sampling.Candidates, MaxNewTokens = sampling.MaxTokens,
        };
        IReadOnlyList<IReadOnlyList<StepCandidate>> result = generator.Sample(prompts, options)
            .GroupBy(c => c.PromptIndex).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<StepCandidate>)g.OrderBy(c => c.Candidate)
                .Select(c => new StepCandidate(c.Text, c.Reason == StopReason.Eos ? CandidateEnd.EndOfSequence : CandidateEnd.TokenLimit)).ToList())
            .ToList();
        return Task.FromResult(result);
    }
}
