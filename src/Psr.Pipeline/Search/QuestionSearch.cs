using Psr.Pipeline.Config;
using Psr.Roles;

namespace Psr.Pipeline.Search;

/// <summary>
/// One question's search state: a single greedy path with a parallel stack of pairs. Each expansion is
/// <see cref="NextPrefix"/> → (policy) → <see cref="Plan"/> → (judge) → <see cref="Apply"/>; the state depends only on
/// the question, the configuration, the context and the role outputs, never on other questions in the batch.
/// </summary>
internal sealed class QuestionSearch
{
    private readonly SearchConfig _config;
    private readonly SearchContext _context;
    private readonly List<string> _steps = [];
    private readonly List<StepPair?> _pairs = [];
    private readonly List<int> _pathExpansions = [];
    private readonly List<ExpansionTrace> _expansions = [];
    private readonly SearchTally _tally = new();
    private ExpansionPlan? _plan;
    private readonly List<StepJudgment> _judgments = [];
    private ulong _seed;
    private int _prefixLength;

    public QuestionSearch(SearchQuestion question, SearchConfig config, SearchContext context)
    {
        Question = question;
        _config = config;
        _context = context;
    }

    public SearchQuestion Question { get; }

    /// <summary>Set once the path finishes or the budget runs out.</summary>
    public SearchStatus? Status { get; private set; }

    /// <summary>The prefix for the next expansion, with its derived seed.</summary>
    public StepPrefix NextPrefix()
    {
        _seed = _context.PolicySeed(Question.Id, _expansions.Count);
        return new StepPrefix(Question.Id, Question.Text, [.. _steps], _seed);
    }

    /// <summary>Groups the candidates and returns the first comparisons the judge must make (none if all identical, unless they are judged).</summary>
    public IReadOnlyList<StepComparison> Plan(IReadOnlyList<StepCandidate> candidates)
    {
        _plan = ExpansionPlan.Create(candidates, _config.JudgeOrders, _config.Schedule, _config.JudgeCallBudget, _config.JudgeIdentical);
        _judgments.Clear();
        _prefixLength = _steps.Count;
        return Comparisons(0);
    }

    /// <summary>
    /// Takes the verdicts of the comparisons returned last and returns the next ones the schedule needs (a knockout's
    /// next round); empty when the expansion is ready for <see cref="Apply"/>.
    /// </summary>
    public IReadOnlyList<StepComparison> Continue(IReadOnlyList<StepJudgment> judgments)
    {
        var plan = _plan ?? throw new InvalidOperationException("Continue called before Plan");
        _judgments.AddRange(judgments);
        var from = plan.Calls.Count;
        return plan.Extend(_judgments) == 0 ? [] : Comparisons(from);
    }

    private List<StepComparison> Comparisons(int from)
    {
        var plan = _plan!;
        var expansion = _expansions.Count;
        var previous = _steps.ToArray();
        return plan.Calls.Skip(from).Select((c, k) => new StepComparison(Question.Id, Question.Text, previous,
            plan.Candidates[plan.Representatives[c.A]].Text, plan.Candidates[plan.Representatives[c.B]].Text,
            _context.JudgeSeed(Question.Id, expansion, from + k))).ToList();
    }

    /// <summary>Applies the judgments gathered by <see cref="Continue"/> and advances the path.</summary>
    public void Apply()
    {
        var plan = _plan ?? throw new InvalidOperationException("Apply called before Plan");
        var judgments = _judgments.ToList();
        _plan = null;
        _tally.Expansions++;
        _tally.CountJudgments(judgments);
        var trace = plan.AllIdentical ? AcceptIdentical(plan, judgments) : Decide(plan, ExpansionScore.Compute(plan, judgments));
        _expansions.Add(trace);
        if (Status is null && _expansions.Count >= _config.MaxExpansions)
            Status = SearchStatus.Unfinished;
    }

    /// <summary>The question's result; valid once <see cref="Status"/> is set.</summary>
    public QuestionSearchResult Result()
    {
        var status = Status ?? throw new InvalidOperationException($"question {Question.Id} is still active");
        var pairs = status == SearchStatus.Finished ? _pairs.OfType<StepPair>().ToList() : [];
        return new QuestionSearchResult(Question.Id, status, [.. _steps], pairs, _tally.Freeze(status, pairs.Count),
            new QuestionTrace([.. _expansions], [.. _pathExpansions]));
    }

    private ExpansionTrace AcceptIdentical(ExpansionPlan plan, List<StepJudgment> judgments)
    {
        _tally.IdenticalExpansions++;
        // Judged (search.judgeIdentical): the one self-comparison's labels are every candidate's self label.
        var score = judgments.Count > 0 ? ExpansionScore.Identical(plan, judgments) : null;
        if (score is not null && RetriesSelfWrong(score, 0))
            return Retreat(plan, score);
        var finished = Accept(plan, 0, null);
        return Trace(plan, score, ExpansionOutcome.AcceptedIdentical, 0, null, PairDecision.None, finished);
    }

    private ExpansionTrace Decide(ExpansionPlan plan, ExpansionScore score)
    {
        if (score.AllTie)
            return OnAllTie(plan, score);
        int best = score.Best, worst = score.Worst;
        if (RetriesSelfWrong(score, best))
            return Retreat(plan, score);
        var decision = PairDecisionFor(score, best, worst);
        StepPair? pair = decision == PairDecision.Kept ? PairOf(plan, score, best, worst) : null;
        var finished = Accept(plan, best, pair);
        return Trace(plan, score, ExpansionOutcome.Accepted, best, worst, decision, finished);
    }

    private PairDecision PairDecisionFor(ExpansionScore score, int best, int worst)
    {
        if (_context.Mode == SearchMode.TestTime)
            return PairDecision.NotCollected;
        if (_config.SelfJudgedFilter && score.SelfLabels[best] == StepCorrectness.Wrong)
        {
            _tally.PairsDroppedSelfJudged++;
            return PairDecision.DroppedSelfJudged;
        }
        if (_config.UnanimousLabels && (score.Labels[best].Wrong > 0 || score.Labels[worst].Right > 0))
        {
            _tally.PairsDroppedLabelDissent++;
            return PairDecision.DroppedLabelDissent;
        }
        if (score.Scores[best] - score.Scores[worst] < _config.MinScoreMargin)
        {
            _tally.PairsDroppedMargin++;
            return PairDecision.DroppedMargin;
        }
        return PairDecision.Kept;
    }

    private ExpansionTrace OnAllTie(ExpansionPlan plan, ExpansionScore score)
    {
        _tally.AllTieExpansions++;
        if (_config.AllTie == AllTieAction.AcceptWithoutPair)
        {
            var finished = Accept(plan, 0, null);
            return Trace(plan, score, ExpansionOutcome.AcceptedAllTie, 0, null, PairDecision.None, finished);
        }
        return Retreat(plan, score);
    }

    private bool RetriesSelfWrong(ExpansionScore score, int chosen)
    {
        if (!_config.RetrySelfWrong || score.SelfLabels[chosen] != StepCorrectness.Wrong)
            return false;
        _tally.SelfWrongRetries++;
        return true;
    }

    /// <summary>An expansion that does not extend the path: the previous step is rolled back, or this one resampled.</summary>
    private ExpansionTrace Retreat(ExpansionPlan plan, ExpansionScore score)
    {
        if (_config.AllTie == AllTieAction.RollBack && _steps.Count > 0)
        {
            _tally.Rollbacks++;
            _steps.RemoveAt(_steps.Count - 1);
            _pairs.RemoveAt(_pairs.Count - 1);
            _pathExpansions.RemoveAt(_pathExpansions.Count - 1);
            return Trace(plan, score, ExpansionOutcome.RolledBack, null, null, PairDecision.None, false);
        }
        _tally.Resamples++;
        return Trace(plan, score, ExpansionOutcome.Resampled, null, null, PairDecision.None, false);
    }

    private StepPair PairOf(ExpansionPlan plan, ExpansionScore score, int best, int worst) => new(
        Question.Id, Question.Text, [.. _steps], plan.Candidates[best].Text, plan.Candidates[worst].Text,
        score.Scores[best], score.Scores[worst], IsFinal(plan.Candidates[best]), IsFinal(plan.Candidates[worst]),
        _expansions.Count);

    /// <summary>Appends candidate <paramref name="index"/> to the path; returns true when it ends the solution.</summary>
    private bool Accept(ExpansionPlan plan, int index, StepPair? pair)
    {
        _steps.Add(plan.Candidates[index].Text);
        _pairs.Add(pair);
        _pathExpansions.Add(_expansions.Count);
        if (!IsFinal(plan.Candidates[index]))
            return false;
        Status = SearchStatus.Finished;
        return true;
    }

    private bool IsFinal(StepCandidate c) =>
        c.End == CandidateEnd.EndOfSequence || c.Text.Contains(_config.FinalAnswerMarker, StringComparison.Ordinal);

    private ExpansionTrace Trace(ExpansionPlan plan, ExpansionScore? score, ExpansionOutcome outcome,
        int? chosen, int? rejected, PairDecision decision, bool finished)
    {
        var candidates = plan.Candidates.Select((c, i) => new CandidateTrace(c.Text, c.End, IsFinal(c), plan.Groups[i],
            score?.Scores[i] ?? 0, score?.SelfLabels[i] ?? StepCorrectness.Unknown)).ToList();
        return new ExpansionTrace(_expansions.Count, _prefixLength, _seed, candidates,
            score?.Comparisons ?? [], outcome, chosen, rejected, decision, finished);
    }
}
