using System.Runtime.CompilerServices;
using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Lanes;
using Psr.Roles;
using Psr.Pipeline.Search;

namespace Psr.Pipeline.Outcome;

/// <summary>
/// One round of the outcome baseline, batched across questions: N whole solutions per question, each scored by the
/// model (<see cref="ISolutionScorer.Samples"/> judge samples averaged), then <see cref="OutcomePairing"/>. Seeds are
/// derived per question and solution, so a question's result does not depend on its batch or on a resume.
/// </summary>
public sealed class OutcomeSearch
{
    private readonly ISolutionPolicy _policy;
    private readonly ISolutionScorer _scorer;
    private readonly OutcomeConfig _config;
    private readonly int _lanes;
    private readonly Action? _enterLane;

    /// <summary>
    /// Creates the search; <paramref name="config"/> (token caps resolved, see <see cref="OutcomeConfig.Resolved"/>) is
    /// validated here. Batches run on <paramref name="lanes"/> lanes (<see cref="OrderedLanes"/>; <paramref name="enterLane"/>
    /// on each lane's thread) and are yielded in input order.
    /// </summary>
    public OutcomeSearch(ISolutionPolicy policy, ISolutionScorer scorer, OutcomeConfig config, int lanes = 1, Action? enterLane = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        if (config.MaxSolutionTokens is null)
            throw new ArgumentException("outcome.maxSolutionTokens must be resolved first", nameof(config));
        _policy = policy;
        _scorer = scorer;
        _config = config;
        _lanes = lanes;
        _enterLane = enterLane;
    }

    /// <summary>Yields the results of each batch of <see cref="OutcomeConfig.BatchSize"/> questions, in input order.</summary>
    public async IAsyncEnumerable<IReadOnlyList<OutcomeResult>> RunAsync(IReadOnlyList<SearchQuestion> questions, long runSeed, int round,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var sampling = new SolutionSampling(_config.Candidates, _config.Temperature, _config.TopP, _config.MaxSolutionTokens!.Value);
        var chunks = questions.Chunk(_config.BatchSize).ToList();
        await foreach (var batch in OrderedLanes.RunAsync(chunks, _lanes, (chunk, ct) => BatchAsync(chunk, sampling, runSeed, round, ct), _enterLane, cancellationToken)
            .ConfigureAwait(false))
            yield return batch;
    }

    private async Task<IReadOnlyList<OutcomeResult>> BatchAsync(SearchQuestion[] chunk, SolutionSampling sampling, long runSeed, int round,
        CancellationToken cancellationToken)
    {
        var requests = chunk.Select(q => new SolutionRequest(q.Id, q.Text, SeedDerivation.Derive(runSeed, SeedPurpose.OutcomePolicy, round, q.Id, 0))).ToList();
        var solutions = await _policy.SampleAsync(requests, sampling, cancellationToken).ConfigureAwait(false);
        if (solutions.Count != chunk.Length || solutions.Any(s => s.Count != sampling.Candidates))
            throw new PsrException($"solution policy returned {solutions.Count} lists for {chunk.Length} questions (each must hold {sampling.Candidates})");
        var scoreRequests = chunk.SelectMany((q, k) => solutions[k].Select((s, i) =>
            new ScoreRequest(q.Text, s.Text, SeedDerivation.Derive(runSeed, SeedPurpose.OutcomeJudge, round, q.Id, 0, i)))).ToList();
        var outputs = await _scorer.ScoreAsync(scoreRequests, cancellationToken).ConfigureAwait(false);
        if (outputs.Count != scoreRequests.Count || outputs.Any(o => o.Count != _scorer.Samples))
            throw new PsrException($"solution scorer returned {outputs.Count} lists for {scoreRequests.Count} solutions (each must hold {_scorer.Samples})");
        return chunk.Select((q, k) => Result(q, solutions[k], outputs.Skip(k * sampling.Candidates).Take(sampling.Candidates).ToList())).ToList();
    }

    private OutcomeResult Result(SearchQuestion question, IReadOnlyList<StepCandidate> solutions, IReadOnlyList<IReadOnlyList<string>> outputs)
    {
        var scored = solutions.Select((s, i) =>
        {
            var scores = outputs[i].Select(ScoreParser.Parse).ToList();
            return new ScoredSolution(s.Text, s.End, outputs[i], scores, OutcomePairing.Mean(scores));
        }).ToList();
        var (decision, best, worst) = OutcomePairing.Decide(scored.Select(s => s.Text).ToList(), scored.Select(s => s.Mean).ToList(), _config.MinScoreMargin);
        var pair = decision == OutcomeDecision.Kept
            ? new SolutionPair(question.Id, question.Text, scored[best!.Value].Text, scored[worst!.Value].Text, scored[best.Value].Mean!.Value, scored[worst.Value].Mean!.Value)
            : null;
        return new OutcomeResult(question.Id, question.Text, scored, decision, best, worst, pair);
    }
}
