using Psr.Roles;

namespace Psr.Extensions.RealData.RealEft;

/// <summary>
/// Grows the EFT tree of many problems in lock step: at each level every open problem's node gets w sampled siblings
/// (one policy call for all problems), each distinct sibling is scored (one scorer call for all), the best and worst
/// sibling make a candidate pair when their scores differ by at least the margin, and the path continues with the best
/// (ties: the first sampled) until it ends the solution or reaches the maximum depth. Sibling seeds derive from the run
/// seed, the problem id and the depth, so batching and resuming never change a tree.
/// </summary>
public sealed class EftTreeWalk(IStepPolicy policy, IStepScorer scorer, TreeSettings settings)
{
    /// <summary>Walks every problem's tree.</summary>
    public async Task<IReadOnlyList<TreeWalkResult>> WalkAsync(IReadOnlyList<EftProblem> problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var states = problems.Select(p => new WalkState(p)).ToList();
        var sampling = new StepSampling(settings.Width, settings.Temperature, settings.TopP, settings.MaxStepTokens);
        for (var depth = 0; depth < settings.MaxDepth; depth++)
        {
            var open = states.Where(s => !s.Done).ToList();
            if (open.Count == 0)
                break;
            var prefixes = open.Select(s => new StepPrefix(s.Problem.Id, s.Problem.Question, s.Path.ToList(),
                SeedDerivation.Derive(settings.Seed, SeedPurpose.EftSiblings, 0, s.Problem.Id, depth))).ToList();
            var samples = await policy.SampleAsync(prefixes, sampling, cancellationToken).ConfigureAwait(false);
            var distinct = samples.Select(Distinct).ToList();
            var requests = open.SelectMany((s, i) => distinct[i].Select((c, j) => new StepScoreRequest(s.Problem.Id, s.Problem.Question,
                s.Path.ToList(), c.Candidate.Text, c.Candidate.End, s.Problem.GoldAnswer,
                SeedDerivation.Derive(settings.Seed, SeedPurpose.EftRollout, depth, s.Problem.Id, j)))).ToList();
            var scores = await scorer.ScoreAsync(requests, cancellationToken).ConfigureAwait(false);
            var next = 0;
            for (var i = 0; i < open.Count; i++)
            {
                var siblings = distinct[i].Select(c => new ScoredSibling(c.Candidate.Text, c.Candidate.End, scores[next++], c.Copies)).ToList();
                open[i].Expand(depth, siblings, settings.ScoreMargin, settings.MaxDepth);
            }
        }
        return states.Select(s => new TreeWalkResult(s.Problem, s.Nodes, s.Pairs)).ToList();
    }

    /// <summary>The distinct texts of a node's samples in first-seen order, with their copy counts.</summary>
    private static List<(StepCandidate Candidate, int Copies)> Distinct(IReadOnlyList<StepCandidate> samples) =>
        samples.GroupBy(c => c.Text.Trim(), StringComparer.Ordinal).Select(g => (g.First(), g.Count())).ToList();

    /// <summary>One problem's path and what its nodes gave.</summary>
    private sealed class WalkState(EftProblem problem)
    {
        public EftProblem Problem { get; } = problem;

        public List<string> Path { get; } = [];

        public List<EftNode> Nodes { get; } = [];

        public List<CandidatePair> Pairs { get; } = [];

        public bool Done { get; private set; }

        public void Expand(int depth, IReadOnlyList<ScoredSibling> siblings, double margin, int maxDepth)
        {
            var best = siblings.Aggregate((x, y) => y.Score > x.Score ? y : x);
            var worst = siblings.Aggregate((x, y) => y.Score < x.Score ? y : x);
            // The epsilon keeps k-rollout fractions such as 0.7 - 0.2 from missing a 0.5 margin by rounding.
            var outcome = siblings.Count < 2 ? NodeOutcome.OneDistinctSibling
                : best.Score - worst.Score >= margin - 1e-9 ? NodeOutcome.Pair : NodeOutcome.BelowMargin;
            Nodes.Add(new EftNode(depth, Path.ToList(), siblings, outcome));
            if (outcome == NodeOutcome.Pair)
                Pairs.Add(new CandidatePair(Problem.Id, Problem.Question, Path.ToList(), depth, best, worst));
            Path.Add(best.Text);
            Done = best.End != CandidateEnd.StepBoundary || depth + 1 >= maxDepth;
        }
    }
}
