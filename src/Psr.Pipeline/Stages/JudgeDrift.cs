using Psr.Eval.Metrics;
using Psr.Roles;

namespace Psr.Pipeline.Stages;

/// <summary>
/// The judge's accuracy on the EFT test pairs at one model minus at another (the last model against M1), with the
/// paired bootstrap interval over the pairs. Issue 12 allows the judge to fall at most 2 points by M4; the interval says
/// whether a fall is more than the 500 pairs' noise. Pairs, not verdicts, are resampled: a pair's two orders are not
/// independent.
/// </summary>
/// <param name="Pairs">The EFT test pairs judged at both models.</param>
/// <param name="Difference">Accuracy over both orders, later minus earlier.</param>
/// <param name="Interval">Its paired-bootstrap interval.</param>
public sealed record JudgeDrift(int Pairs, double Difference, ConfidenceInterval Interval)
{
    /// <summary>
    /// The drift from <paramref name="earlier"/> to <paramref name="later"/>, or null when either is empty, they did not
    /// judge the same (pair, order) set, or neither gave a single verdict (a model not trained as a step judge, e.g. the
    /// outcome baseline's, whose every output is unparsed).
    /// </summary>
    public static JudgeDrift? From(IReadOnlyList<JudgeRecord> earlier, IReadOnlyList<JudgeRecord> later, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        if (earlier.Count == 0 || !Keys(earlier).SetEquals(Keys(later)) || !JudgeRecord.AnyVerdict(earlier.Concat(later)))
            return null;
        var before = Scores(earlier);
        var after = Scores(later);
        var pairs = before.Keys.Order().ToList();
        var a = pairs.Select(p => after[p]).ToList();
        var b = pairs.Select(p => before[p]).ToList();
        return new JudgeDrift(pairs.Count, a.Average() - b.Average(), Bootstrap.DifferenceInterval(a, b, options));
    }

    private static HashSet<(int, bool)> Keys(IReadOnlyList<JudgeRecord> records) => records.Select(r => (r.Index, r.Swapped)).ToHashSet();

    // JudgeEvaluation judges every pair in both orders, so the mean of these shares is the accuracy over verdicts.
    private static Dictionary<int, double> Scores(IReadOnlyList<JudgeRecord> records) =>
        records.GroupBy(r => r.Index).ToDictionary(g => g.Key, g => g.Count(r => r.Correct) / (double)g.Count());
}
