namespace Psr.Pipeline.Outcome;

/// <summary>
/// Yuan et al.'s pair rule: chosen = highest mean score, rejected = lowest, ties dropped; equal means are broken by the
/// lowest index (the solutions are i.i.d. samples). Unscored solutions take no part.
/// </summary>
public static class OutcomePairing
{
    /// <summary>The mean of the parsed scores, or null when none parsed.</summary>
    public static double? Mean(IReadOnlyList<double?> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var parsed = scores.Where(s => s is not null).Select(s => s!.Value).ToList();
        return parsed.Count == 0 ? null : parsed.Average();
    }

    /// <summary>The decision for solutions with texts <paramref name="texts"/> and mean scores <paramref name="means"/>.</summary>
    public static (OutcomeDecision Decision, int? Best, int? Worst) Decide(IReadOnlyList<string> texts, IReadOnlyList<double?> means, double minMargin)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(means);
        int? best = null, worst = null;
        for (var i = 0; i < means.Count; i++)
        {
            if (means[i] is not { } m)
                continue;
            if (best is null || m > means[best.Value]!.Value)
                best = i;
            if (worst is null || m < means[worst.Value]!.Value)
                worst = i;
        }
        if (best is null || worst is null || means.Count(m => m is not null) < 2)
            return (OutcomeDecision.DroppedUnscored, best, worst);
        var margin = means[best.Value]!.Value - means[worst.Value]!.Value;
        if (margin <= 0)
            return (OutcomeDecision.DroppedTie, best, worst);
        if (string.Equals(texts[best.Value], texts[worst.Value], StringComparison.Ordinal))
            return (OutcomeDecision.DroppedIdentical, best, worst);
        return margin < minMargin ? (OutcomeDecision.DroppedMargin, best, worst) : (OutcomeDecision.Kept, best, worst);
    }
}
