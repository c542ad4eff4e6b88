using Psr.Roles;
using Psr.Pipeline.Metrics;

namespace Psr.Studies.Measurement;

/// <summary>Judge accuracy on right-vs-wrong pairs in both orders (the EFT test view of the judge).</summary>
public static class JudgeMeasurement
{
    /// <summary>Judges every pair as (right, wrong) and (wrong, right) and scores the verdicts and labels.</summary>
    public static async Task<JudgeAccuracy> MeasureAsync(IStepJudge judge, IReadOnlyList<JudgePairSet> pairs, CancellationToken ct = default)
    {
        var comparisons = pairs.SelectMany(p => new[]
        {
            Comparison(p, p.Right, p.Wrong), Comparison(p, p.Wrong, p.Right),
        }).ToList();
        var judgments = comparisons.Count == 0 ? [] : await judge.JudgeAsync(comparisons, ct).ConfigureAwait(false);
        int right = 0, both = 0, consistent = 0, parsedBoth = 0, unparsed = 0, saidA = 0, saidAB = 0, none = 0, labels = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            var (first, second) = (judgments[2 * i], judgments[2 * i + 1]); // truth: A, then B
            var ok1 = first.Verdict == JudgeVerdict.A;
            var ok2 = second.Verdict == JudgeVerdict.B;
            right += (ok1 ? 1 : 0) + (ok2 ? 1 : 0);
            both += ok1 && ok2 ? 1 : 0;
            if (first.Parsed && second.Parsed)
            {
                parsedBoth++;
                consistent += second.Mirrored().Verdict == first.Verdict ? 1 : 0;
            }
            foreach (var j in new[] { first, second })
            {
                unparsed += j.Parsed ? 0 : 1;
                none += j.Verdict == JudgeVerdict.BothWrong ? 1 : 0;
                saidAB += j.Verdict is JudgeVerdict.A or JudgeVerdict.B ? 1 : 0;
                saidA += j.Verdict == JudgeVerdict.A ? 1 : 0;
            }
            labels += (first.LabelA == StepCorrectness.Correct ? 1 : 0) + (first.LabelB == StepCorrectness.Wrong ? 1 : 0)
                + (second.LabelA == StepCorrectness.Wrong ? 1 : 0) + (second.LabelB == StepCorrectness.Correct ? 1 : 0);
        }
        var n = judgments.Count;
        return new JudgeAccuracy(pairs.Count, Rate.Of(right, n), Rate.Of(both, pairs.Count), Rate.Of(consistent, parsedBoth),
            Rate.Of(unparsed, n), Rate.Of(saidA, saidAB), Rate.Of(none, n), Rate.Of(labels, 2 * n));
    }

    private static StepComparison Comparison(JudgePairSet p, string a, string b) =>
        new(p.Problem.Id, p.Problem.Question, p.Problem.GoldSteps.Take(p.PrefixLength).ToList(), a, b, 0);
}
