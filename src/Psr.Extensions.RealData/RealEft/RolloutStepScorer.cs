using Psr.Roles;

namespace Psr.Extensions.RealData.RealEft;

/// <summary>
/// Monte-Carlo step scoring (Math-Shepherd style; no PRM model needed): from question + previous steps + the scored
/// step, the policy writes k completions step by step; the score is the fraction whose final answer passes
/// <paramref name="check"/> against the gold answer. The first step of all k rollouts comes from one request with
/// width k (one prefill), later steps one per open rollout; all requests of a call are batched together. A step that
/// ends the solution is graded as it stands (score 0 or 1, no rollout).
/// </summary>
public sealed class RolloutStepScorer(IStepPolicy policy, RolloutSettings settings, IAnswerCheck check) : IStepScorer
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<double>> ScoreAsync(IReadOnlyList<StepScoreRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var rollouts = await FirstStepsAsync(requests, cancellationToken).ConfigureAwait(false);
        for (var step = 1; step < settings.MaxSteps; step++)
        {
            var open = rollouts.Where(r => !r.Finished).ToList();
            if (open.Count == 0)
                break;
            var prefixes = open.Select(r => r.Prefix(step)).ToList();
            var got = await policy.SampleAsync(prefixes, Sampling(1), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < open.Count; i++)
                open[i].Add(got[i][0], last: step == settings.MaxSteps - 1);
        }
        return requests.Select((r, i) => Score(r, rollouts.Where(x => x.RequestIndex == i).ToList())).ToList();
    }

    private async Task<List<Rollout>> FirstStepsAsync(IReadOnlyList<StepScoreRequest> requests, CancellationToken ct)
    {
        var rollouts = new List<Rollout>();
        var open = Enumerable.Range(0, requests.Count).Where(i => requests[i].StepEnd == CandidateEnd.StepBoundary).ToList();
        foreach (var i in Enumerable.Range(0, requests.Count).Except(open))
            rollouts.Add(new Rollout(i, 0, requests[i]) { Finished = true });
        if (open.Count == 0)
            return rollouts;
        var prefixes = open.Select(i => new Rollout(i, 0, requests[i]).Prefix(0)).ToList();
        var got = await policy.SampleAsync(prefixes, Sampling(settings.Count), ct).ConfigureAwait(false);
        for (var o = 0; o < open.Count; o++)
        {
            for (var k = 0; k < settings.Count; k++)
            {
                var rollout = new Rollout(open[o], k, requests[open[o]]);
                rollout.Add(got[o][k], last: settings.MaxSteps <= 1);
                rollouts.Add(rollout);
            }
        }
        return rollouts;
    }

    private StepSampling Sampling(int width) => new(width, settings.Temperature, settings.TopP, settings.MaxStepTokens);

    private double Score(StepScoreRequest request, IReadOnlyList<Rollout> rollouts)
    {
        // A finished step is its own single outcome; otherwise open rollouts (past MaxSteps) count as wrong.
        var correct = rollouts.Count(r => r.Finished && !r.Truncated && check.IsCorrect(r.Solution(), request.GoldAnswer));
        return correct / (double)rollouts.Count;
    }

    /// <summary>One completion in progress.</summary>
    private sealed class Rollout(int requestIndex, int index, StepScoreRequest request)
    {
        private readonly List<string> _steps = [.. request.PreviousSteps, request.Step];

        public int RequestIndex { get; } = requestIndex;

        public bool Finished { get; set; }

        public bool Truncated { get; private set; }

        public StepPrefix Prefix(int step) => new(request.QuestionId, request.Question, _steps.ToList(),
            SeedDerivation.Derive(unchecked((long)request.Seed), SeedPurpose.EftRollout, step, request.QuestionId, index));

        public void Add(StepCandidate candidate, bool last)
        {
            _steps.Add(candidate.Text);
            Finished = candidate.End != CandidateEnd.StepBoundary || last;
            Truncated = candidate.End == CandidateEnd.StepBoundary && last;
        }

        public string Solution() => string.Join('\n', _steps);
    }
}
