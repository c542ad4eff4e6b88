using Psr.Roles;

namespace Psr.Extensions.RealData.RealEft;

/// <summary>
/// Annotates candidate pairs with the strong judge in both orders, all comparisons of a call in one batch, and applies
/// <see cref="EftAgreement"/>. Comparison seeds derive from the run seed, the problem, the depth and the order.
/// </summary>
public sealed class EftAnnotator(IStepJudge judge, long seed)
{
    /// <summary>One annotated pair per candidate pair, in order.</summary>
    public async Task<IReadOnlyList<AnnotatedPair>> AnnotateAsync(IReadOnlyList<CandidatePair> pairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count == 0)
            return [];
        var comparisons = pairs.SelectMany(p => new[] { Comparison(p, bestFirst: true), Comparison(p, bestFirst: false) }).ToList();
        var got = await judge.JudgeAsync(comparisons, cancellationToken).ConfigureAwait(false);
        return pairs.Select((p, i) =>
        {
            var (bestFirst, worstFirst) = (got[2 * i], got[2 * i + 1]);
            return new AnnotatedPair(p, bestFirst, worstFirst, EftAgreement.Decide(bestFirst.Verdict, worstFirst.Verdict));
        }).ToList();
    }

    private StepComparison Comparison(CandidatePair p, bool bestFirst)
    {
        var (a, b) = bestFirst ? (p.Best.Text, p.Worst.Text) : (p.Worst.Text, p.Best.Text);
        return new StepComparison(p.ProblemId, p.Question, p.PreviousSteps, a, b,
            SeedDerivation.Derive(seed, SeedPurpose.EftAnnotator, p.Depth, p.ProblemId, bestFirst ? 0 : 1));
    }
}
