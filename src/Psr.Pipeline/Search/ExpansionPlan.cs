using Psr.Pipeline.Config;
using Psr.Roles;

namespace Psr.Pipeline.Search;

/// <summary>
/// Which comparisons one expansion needs. Candidates with the same text form a group; only distinct groups are
/// compared, each distinct ordered pair of texts once (both orders), or each unordered pair once in the order first
/// met (one order, mirrored). Identical texts are never judged: a tie in both orders. All pairs are planned at once;
/// a knockout (<see cref="KnockoutBracket"/>) plans round by round from the verdicts so far (<see cref="Extend"/>).
/// When every candidate is the same text, the plan is empty, or one self-comparison (group 0 against itself) when the
/// identical step is to be judged for its label.
/// A judge-call budget caps the calls: all-pairs then goes in round-robin order, a knockout draws what it cannot afford.
/// </summary>
internal sealed class ExpansionPlan
{
    private readonly Dictionary<(int, int), int> _callIndex = [];
    private readonly List<(int A, int B)> _calls = [];
    private readonly HashSet<(int, int)> _unaffordable = [];
    private readonly JudgeSchedule _schedule;
    private readonly int _budget;

    private ExpansionPlan(IReadOnlyList<StepCandidate> candidates, int[] groups, int[] representatives, JudgeOrders orders, JudgeSchedule schedule, int budget, bool judgeIdentical)
    {
        Candidates = candidates;
        Groups = groups;
        Representatives = representatives;
        Orders = orders;
        _schedule = schedule;
        _budget = budget;
        if (AllIdentical)
        {
            if (judgeIdentical)
                AddCall(0, 0);
            return;
        }
        if (schedule == JudgeSchedule.Knockout)
            Extend([]);
        else
            AddAllPairs();
    }

    /// <summary>The sampled candidates.</summary>
    public IReadOnlyList<StepCandidate> Candidates { get; }

    /// <summary>Group of each candidate (groups numbered in order of first occurrence).</summary>
    public int[] Groups { get; }

    /// <summary>First candidate index of each group.</summary>
    public int[] Representatives { get; }

    /// <summary>How orders are judged.</summary>
    public JudgeOrders Orders { get; }

    /// <summary>Group pairs (A group, B group) sent to the judge so far, in a fixed order.</summary>
    public IReadOnlyList<(int A, int B)> Calls => _calls;

    /// <summary>True when every candidate has the same text.</summary>
    public bool AllIdentical => Representatives.Length == 1;

    /// <summary>Groups the candidates by exact text; all pairs, no budget.</summary>
    public static ExpansionPlan Create(IReadOnlyList<StepCandidate> candidates, JudgeOrders orders) =>
        Create(candidates, orders, JudgeSchedule.AllPairs, 0);

    /// <summary>
    /// Groups the candidates by exact text and plans the first calls of <paramref name="schedule"/>;
    /// <paramref name="judgeIdentical"/>: one self-comparison when all candidates are the same text.
    /// </summary>
    public static ExpansionPlan Create(IReadOnlyList<StepCandidate> candidates, JudgeOrders orders, JudgeSchedule schedule, int budget, bool judgeIdentical = false)
    {
        var groupOfText = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new int[candidates.Count];
        var representatives = new List<int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!groupOfText.TryGetValue(candidates[i].Text, out var g))
            {
                g = representatives.Count;
                groupOfText[candidates[i].Text] = g;
                representatives.Add(i);
            }
            groups[i] = g;
        }
        return new ExpansionPlan(candidates, groups, [.. representatives], orders, schedule, budget, judgeIdentical);
    }

    /// <summary>
    /// Plans the calls that the verdicts of every call so far (<paramref name="judgments"/>, aligned with
    /// <see cref="Calls"/>) make possible; returns how many were added (0: the plan is complete).
    /// </summary>
    public int Extend(IReadOnlyList<StepJudgment> judgments)
    {
        if (_schedule != JudgeSchedule.Knockout || AllIdentical)
            return 0;
        var before = _calls.Count;
        while (true)
        {
            var pending = KnockoutBracket.Replay(Representatives.Length, (a, b) => Match(a, b, judgments)).Pending;
            var fresh = pending.Where(m => !_callIndex.ContainsKey(m)).ToList();
            var abandoned = false;
            foreach (var (a, b) in fresh)
            {
                if (_budget > 0 && _calls.Count + CallsPerMatch > _budget)
                    abandoned |= _unaffordable.Add((a, b));
                else
                    AddMatch(a, b);
            }
            // A draw decided for want of budget may unlock further matches (also unaffordable) right away.
            if (!abandoned || _calls.Count > before)
                return _calls.Count - before;
        }
    }

    /// <summary>The knockout's best and worst candidate and whether any match was decisive; valid once the plan is complete.</summary>
    public (int Best, int Worst, bool AnyDecisive) KnockoutResult(IReadOnlyList<StepJudgment> judgments)
    {
        var (pending, best, worst, decisive) = KnockoutBracket.Replay(Representatives.Length, (a, b) => Match(a, b, judgments));
        if (pending.Count > 0 || best is null || worst is null)
            throw new InvalidOperationException("knockout result asked for before every match was judged");
        return (Representatives[best.Value], Representatives[worst.Value], decisive);
    }

    /// <summary>True when the plan picks best and worst by a knockout rather than by scores.</summary>
    public bool IsKnockout => _schedule == JudgeSchedule.Knockout;

    /// <summary>
    /// The verdict for candidate <paramref name="i"/> shown as A against <paramref name="j"/> as B and where it came from;
    /// null when the pair was not judged (knockout, budget).
    /// </summary>
    public (StepJudgment Judgment, ComparisonSource Source)? Lookup(int i, int j, IReadOnlyList<StepJudgment> judgments)
    {
        int ga = Groups[i], gb = Groups[j];
        if (ga == gb)
            return (StepJudgment.IdenticalTie, ComparisonSource.Identical);
        if (_callIndex.TryGetValue((ga, gb), out var k))
        {
            var source = Representatives[ga] == i && Representatives[gb] == j ? ComparisonSource.Judged : ComparisonSource.Reused;
            return (judgments[k], source);
        }
        if (Orders == JudgeOrders.OneOrder && _callIndex.TryGetValue((gb, ga), out var m))
            return (judgments[m].Mirrored(), ComparisonSource.Mirrored);
        return null;
    }

    private int CallsPerMatch => Orders == JudgeOrders.BothOrders ? 2 : 1;

    private void AddCall(int a, int b)
    {
        _callIndex[(a, b)] = _calls.Count;
        _calls.Add((a, b));
    }

    private void AddMatch(int a, int b)
    {
        AddCall(a, b);
        if (Orders == JudgeOrders.BothOrders)
            AddCall(b, a);
    }

    /// <summary>Every pair: row-major without a budget (the original order), round-robin rounds within one.</summary>
    private void AddAllPairs()
    {
        var n = Representatives.Length;
        if (_budget == 0)
        {
            for (var a = 0; a < n; a++)
            {
                for (var b = 0; b < n; b++)
                {
                    if (a != b && (Orders == JudgeOrders.BothOrders || a < b))
                        AddCall(a, b);
                }
            }
            return;
        }
        foreach (var (a, b) in RoundRobin(n))
        {
            if (_calls.Count + CallsPerMatch > _budget)
                return;
            AddMatch(a, b);
        }
    }

    /// <summary>The circle method: n−1 rounds (n even; an odd n gets a dummy) in which every player plays once.</summary>
    private static IEnumerable<(int A, int B)> RoundRobin(int n)
    {
        var size = n % 2 == 0 ? n : n + 1;
        var ring = Enumerable.Range(0, size).ToList();
        for (var round = 0; round < size - 1; round++)
        {
            for (var i = 0; i < size / 2; i++)
            {
                var (a, b) = (ring[i], ring[size - 1 - i]);
                if (a < n && b < n)
                    yield return (Math.Min(a, b), Math.Max(a, b));
            }
            ring.Insert(1, ring[^1]);
            ring.RemoveAt(ring.Count - 1);
        }
    }

    /// <summary>A match's result from its calls' verdicts; a draw goes to the lower group; null while unjudged.</summary>
    private MatchResult? Match(int a, int b, IReadOnlyList<StepJudgment> judgments)
    {
        if (_unaffordable.Contains((a, b)))
            return new MatchResult(a, b, false);
        if (!_callIndex.TryGetValue((a, b), out var ab) || ab >= judgments.Count)
            return null;
        var (winsA, winsB) = (0, 0);
        Count(judgments[ab].Verdict, ref winsA, ref winsB);
        if (Orders == JudgeOrders.BothOrders)
        {
            var ba = _callIndex[(b, a)];
            if (ba >= judgments.Count)
                return null;
            Count(judgments[ba].Verdict, ref winsB, ref winsA);
        }
        return winsB > winsA ? new MatchResult(b, a, true) : new MatchResult(a, b, winsA > winsB);

        static void Count(JudgeVerdict v, ref int first, ref int second)
        {
            if (v == JudgeVerdict.A)
                first++;
            else if (v == JudgeVerdict.B)
                second++;
        }
    }
}
