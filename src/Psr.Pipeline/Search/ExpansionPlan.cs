using Psr.Pipeline.Config;
using Psr.Pipeline.Roles;

namespace Psr.Pipeline.Search;

/// <summary>
/// Which comparisons one expansion needs. Candidates with the same text form a group; only distinct groups are
/// compared, each distinct ordered pair of texts once (both orders), or each unordered pair once in the order first
/// met (one order, mirrored). Identical texts are never judged: a tie in both orders.
/// </summary>
internal sealed class ExpansionPlan
{
    private readonly Dictionary<(int, int), int> _callIndex = [];

    private ExpansionPlan(IReadOnlyList<StepCandidate> candidates, int[] groups, int[] representatives, JudgeOrders orders)
    {
        Candidates = candidates;
        Groups = groups;
        Representatives = representatives;
        Orders = orders;
        var calls = new List<(int A, int B)>();
        for (var a = 0; a < representatives.Length; a++)
        {
            for (var b = 0; b < representatives.Length; b++)
            {
                if (a == b || (orders == JudgeOrders.OneOrder && a > b))
                    continue;
                _callIndex[(a, b)] = calls.Count;
                calls.Add((a, b));
            }
        }
        Calls = calls;
    }

    /// <summary>The sampled candidates.</summary>
    public IReadOnlyList<StepCandidate> Candidates { get; }

    /// <summary>Group of each candidate (groups numbered in order of first occurrence).</summary>
    public int[] Groups { get; }

    /// <summary>First candidate index of each group.</summary>
    public int[] Representatives { get; }

    /// <summary>How orders are judged.</summary>
    public JudgeOrders Orders { get; }

    /// <summary>Group pairs (A group, B group) to send to the judge, in a fixed order.</summary>
    public IReadOnlyList<(int A, int B)> Calls { get; }

    /// <summary>True when every candidate has the same text.</summary>
    public bool AllIdentical => Representatives.Length == 1;

    /// <summary>Groups the candidates by exact text.</summary>
    public static ExpansionPlan Create(IReadOnlyList<StepCandidate> candidates, JudgeOrders orders)
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
        return new ExpansionPlan(candidates, groups, [.. representatives], orders);
    }

    /// <summary>
    /// The verdict for candidate <paramref name="i"/> shown as A against <paramref name="j"/> as B, and where it came from.
    /// </summary>
    public (StepJudgment Judgment, ComparisonSource Source) Lookup(int i, int j, IReadOnlyList<StepJudgment> judgments)
    {
        int ga = Groups[i], gb = Groups[j];
        if (ga == gb)
            return (StepJudgment.IdenticalTie, ComparisonSource.Identical);
        if (_callIndex.TryGetValue((ga, gb), out var k))
        {
            var source = Representatives[ga] == i && Representatives[gb] == j ? ComparisonSource.Judged : ComparisonSource.Reused;
            return (judgments[k], source);
        }
        return (judgments[_callIndex[(gb, ga)]].Mirrored(), ComparisonSource.Mirrored);
    }
}
