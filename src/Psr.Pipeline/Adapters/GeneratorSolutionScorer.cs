using Psr.Model.Generation;
using Psr.Pipeline.Config;
using Psr.Pipeline.Outcome;

namespace Psr.Pipeline.Adapters;

/// <summary>
/// The outcome baseline's judge over an in-process <see cref="TextGenerator"/>: <see cref="OutcomeConfig.JudgeSamples"/>
/// sampled outputs per solution from the configured scoring prompt, each solution with its own seed. Whole solutions
/// differ in length by several steps, so the prompts run in length buckets (each solution's scores are what it would
/// get alone).
/// </summary>
public sealed class GeneratorSolutionScorer(TextGenerator generator, OutcomeConfig config) : ISolutionScorer
{
    /// <inheritdoc />
    public int Samples => config.JudgeSamples;

    /// <inheritdoc />
    public Task<IReadOnlyList<IReadOnlyList<string>>> ScoreAsync(IReadOnlyList<ScoreRequest> requests, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var maxTokens = config.MaxScoreTokens ?? throw new InvalidOperationException("outcome.maxScoreTokens must be resolved first");
        var prompts = requests.Select(r => new GenerationRequest(Prompt(r), null, maxTokens, r.Seed)).ToList();
        var options = new SamplingOptions
        {
            Temperature = config.JudgeTemperature, TopP = config.JudgeTopP, Candidates = config.JudgeSamples, MaxNewTokens = maxTokens,
            LengthBuckets = true,
        };
        IReadOnlyList<IReadOnlyList<string>> result = generator.Sample(prompts, options)
            .GroupBy(c => c.PromptIndex).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<string>)g.OrderBy(c => c.Candidate).Select(c => c.Text).ToList())
            .ToList();
        return Task.FromResult(result);
    }

    private string Prompt(ScoreRequest r) => config.Template == ScoreTemplate.Paper
        ? PaperScorePrompt.Format(r.Question, r.Solution)
        : CompactScorePrompt.Format(r.Question, r.Solution);
}
