using Psr.Backends.OpenAI.Client;
using Psr.Backends.OpenAI.Prompts;
using Psr.Roles;
using Psr.Roles.Prompts;

namespace Psr.Backends.OpenAI.Roles;

/// <summary>
/// The judge role over an OpenAI-compatible endpoint: one request (n = 1, the comparison's seed) per comparison,
/// issued concurrently up to the endpoint's in-flight limit. The verdict is parsed from the text by a pluggable
/// <see cref="IVerdictParser"/>; with <see cref="JudgeSampling.UseVerdictLogProbs"/> the verdict token's
/// probabilities decide where the server returns them. An answer without a verdict is kept as
/// <see cref="JudgeVerdict.Unparsed"/> and counted as a skip in the client's counters.
/// </summary>
public sealed class HttpStepJudge(OpenAiClient client, IJudgePrompt prompt, IVerdictParser parser, JudgeSampling sampling) : IStepJudge
{
    private readonly JudgeSampling _sampling = sampling.Validate();

    /// <inheritdoc />
    public async Task<IReadOnlyList<StepJudgment>> JudgeAsync(IReadOnlyList<StepComparison> comparisons, CancellationToken cancellationToken)
    {
        var results = await ConcurrentMap.RunAsync(comparisons, client.Endpoint.MaxInFlight, JudgeOneAsync, cancellationToken).ConfigureAwait(false);
        return results;
    }

    private async Task<StepJudgment> JudgeOneAsync(StepComparison comparison, CancellationToken cancellationToken)
    {
        var request = new RemoteSampling(1, _sampling.MaxTokens, _sampling.Temperature, _sampling.TopP, unchecked((long)comparison.Seed),
            prompt.Stops, _sampling.UseVerdictLogProbs ? _sampling.TopLogprobs : null);
        RemoteChoice choice;
        try
        {
            choice = (await client.GenerateAsync(prompt.Format(comparison, client.Endpoint.Api), request, cancellationToken).ConfigureAwait(false))[0];
        }
        catch (BackendException e)
        {
            throw new BackendException($"judge, question {comparison.QuestionId}: {e.Message}", e.Status, e);
        }
        var text = choice.StopString is null ? choice.Text : choice.Text + choice.StopString;
        var judgment = parser.Parse(text);
        if (choice.LogProbs is { } logprobs && VerdictLogProbs.Decide(logprobs, parser) is { } verdict)
            judgment = judgment with { Verdict = verdict };
        if (!judgment.Parsed)
            client.CountSkip();
        return judgment;
    }
}
