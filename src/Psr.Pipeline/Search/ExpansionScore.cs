using Psr.Roles;

namespace Psr.Pipeline.Search;

/// <summary>
/// Scores of one judged expansion. Score_i = number of ordered comparisons (i as A or as B) that i wins; a tie,
/// a "both wrong" or an unparsed verdict gives no win. Best = highest score, worst = lowest score, each tie broken
/// by the lowest candidate index (candidates are i.i.d. samples, so this is as good as random and reproducible).
/// </summary>
internal sealed class ExpansionScore
{
    private ExpansionScore(IReadOnlyList<ComparisonTrace> comparisons, int[] scores, LabelTally[] labels, (int Best, int Worst, bool AnyDecisive)? knockout)
    {
        Comparisons = comparisons;
        Scores = scores;
        Labels = labels;
        SelfLabels = labels.Select(l => l.Majority).ToArray();
        AllTie = knockout is { } k ? !k.AnyDecisive : Scores.Max() == Scores.Min();
        Best = knockout?.Best ?? Array.IndexOf(Scores, Scores.Max());
        Worst = knockout?.Worst ?? Array.IndexOf(Scores, Scores.Min());
    }

    /// <summary>Every ordered pair (i, j), i ≠ j, row-major, that has a verdict (all of them unless a knockout or budget skipped some).</summary>
    public IReadOnlyList<ComparisonTrace> Comparisons { get; }

    /// <summary>Wins per candidate.</summary>
    public int[] Scores { get; }

    /// <summary>The judge's majority label per candidate over its distinct judge calls (ties and none → Unknown).</summary>
    public StepCorrectness[] SelfLabels { get; }

    /// <summary>How many of its distinct judge calls labelled each candidate right and wrong.</summary>
    public LabelTally[] Labels { get; }

    /// <summary>True when every candidate has the same score (knockout: no match was decisive).</summary>
    public bool AllTie { get; }

    /// <summary>Lowest index with the highest score (knockout: the winners' bracket champion).</summary>
    public int Best { get; }

    /// <summary>Lowest index with the lowest score (knockout: the last of the losers' bracket).</summary>
    public int Worst { get; }

    /// <summary>Scores <paramref name="plan"/> from the judgments of its <see cref="ExpansionPlan.Calls"/>.</summary>
    public static ExpansionScore Compute(ExpansionPlan plan, IReadOnlyList<StepJudgment> judgments)
    {
        var w = plan.Candidates.Count;
        var scores = new int[w];
        var comparisons = new List<ComparisonTrace>(w * (w - 1));
        for (var i = 0; i < w; i++)
        {
            for (var j = 0; j < w; j++)
            {
                if (i == j)
                    continue;
                if (plan.Lookup(i, j, judgments) is not var (judgment, source))
                    continue;
                if (judgment.Verdict == JudgeVerdict.A)
                    scores[i]++;
                else if (judgment.Verdict == JudgeVerdict.B)
                    scores[j]++;
                comparisons.Add(new ComparisonTrace(i, j, judgment.Verdict, judgment.LabelA, judgment.LabelB, judgment.Raw, source));
            }
        }
        return new ExpansionScore(comparisons, scores, LabelsOf(plan, judgments), plan.IsKnockout ? plan.KnockoutResult(judgments) : null);
    }

    /// <summary>
    /// An expansion of identical candidates judged once against itself (<c>search.judgeIdentical</c>): no scores, the
    /// self-comparison (0, 0) as its one comparison, and its two labels as every candidate's.
    /// </summary>
    public static ExpansionScore Identical(ExpansionPlan plan, IReadOnlyList<StepJudgment> judgments)
    {
        if (!plan.AllIdentical || plan.Calls.Count != 1 || judgments.Count != 1)
            throw new InvalidOperationException("an identical expansion is scored from its one self-comparison");
        var j = judgments[0];
        return new ExpansionScore([new ComparisonTrace(0, 0, j.Verdict, j.LabelA, j.LabelB, j.Raw, ComparisonSource.Judged)],
            new int[plan.Candidates.Count], LabelsOf(plan, judgments), null);
    }

    private static LabelTally[] LabelsOf(ExpansionPlan plan, IReadOnlyList<StepJudgment> judgments)
    {
        var groupCount = plan.Representatives.Length;
        var right = new int[groupCount];
        var wrong = new int[groupCount];
        for (var k = 0; k < plan.Calls.Count; k++)
        {
            var (a, b) = plan.Calls[k];
            Tally(judgments[k].LabelA, a);
            Tally(judgments[k].LabelB, b);
        }
        return plan.Groups.Select(g => new LabelTally(right[g], wrong[g])).ToArray();

        void Tally(StepCorrectness label, int group)
        {
            if (label == StepCorrectness.Correct)
                right[group]++;
            else if (label == StepCorrectness.Wrong)
                wrong[group]++;
        }
    }
}
