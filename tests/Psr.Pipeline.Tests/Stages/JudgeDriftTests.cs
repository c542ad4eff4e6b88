using Psr.Eval.Metrics;
using Psr.Pipeline.Stages;
using Psr.Roles;

namespace Psr.Pipeline.Tests.Stages;

public sealed class JudgeDriftTests
{
    // Pair i in both orders; the first `right` pairs are judged right in both orders, the rest wrong in both.
    private static List<JudgeRecord> Judged(int pairs, int right) =>
        Enumerable.Range(0, pairs).SelectMany(i => new[] { false, true }.Select(swapped =>
        {
            var expected = swapped ? JudgeVerdict.B : JudgeVerdict.A;
            var wrong = swapped ? JudgeVerdict.A : JudgeVerdict.B;
            return new JudgeRecord(i, swapped, expected, i < right ? expected : wrong);
        })).ToList();

    [Fact]
    public void A_clear_fall_has_its_interval_below_zero_and_no_change_is_exactly_zero()
    {
        // Given 500 pairs judged right at M1 on 400 of them and at M4 on 350 (the same 350 among them)
        var m1 = Judged(500, 400);
        var m4 = Judged(500, 350);

        // When the drift is measured
        var fall = JudgeDrift.From(m1, m4)!;
        var none = JudgeDrift.From(m1, m1)!;

        // Then it is −10 points with the whole interval below zero, and the unchanged judge's is zero
        Assert.Equal(500, fall.Pairs);
        Assert.Equal(-0.10, fall.Difference, 12);
        Assert.InRange(fall.Interval.High, -0.08, -0.02);
        Assert.InRange(fall.Interval.Low, -0.15, -0.1);
        Assert.Equal((0.0, 0.0, 0.0), (none.Difference, none.Interval.Low, none.Interval.High));
    }

    [Fact]
    public void The_difference_is_the_change_of_the_accuracy_over_both_orders()
    {
        // Given M1 right in one order only on pairs 0-99, and M4 right in both orders on pairs 0-49 only
        var m1 = Judged(200, 100).Select(r => r.Swapped && r.Index < 100 ? r with { Verdict = JudgeVerdict.Tie } : r).ToList();
        var m4 = Judged(200, 50);

        // When
        var drift = JudgeDrift.From(m1, m4)!;

        // Then it equals the accuracy over the 400 verdicts, later minus earlier: 100/400 − 100/400
        Assert.Equal(m4.Count(r => r.Correct) / 400.0 - m1.Count(r => r.Correct) / 400.0, drift.Difference, 12);
        Assert.Equal(0.0, drift.Difference, 12);
    }

    [Fact]
    public void Pairs_not_verdicts_are_resampled()
    {
        // Given a fall where both orders of a pair always change together
        var m1 = Judged(500, 400);
        var m4 = Judged(500, 350);

        // When the drift's interval is compared with one that treats the 1,000 verdicts as independent items
        var pairs = JudgeDrift.From(m1, m4)!.Interval;
        var verdicts = Bootstrap.DifferenceInterval(m4.Select(r => r.Correct).ToList(), m1.Select(r => r.Correct).ToList());

        // Then it is wider, about √2 times: a pair's two verdicts are one observation, not two
        var ratio = (pairs.High - pairs.Low) / (verdicts.High - verdicts.Low);
        Assert.InRange(ratio, 1.25, 1.6);
    }

    [Fact]
    public void Evaluations_of_other_pairs_or_none_give_no_drift()
    {
        // Given M1 judged on 10 pairs, M4 on 9 of them, and an evaluation without judge records
        var m1 = Judged(10, 5);

        // When / Then
        Assert.Null(JudgeDrift.From(m1, Judged(9, 5)));
        Assert.Null(JudgeDrift.From(m1, m1.Where(r => !r.Swapped).ToList()));
        Assert.Null(JudgeDrift.From([], []));
        Assert.Null(JudgeDrift.From(m1, []));
    }

    [Fact]
    public void A_model_that_never_gave_a_verdict_has_no_drift()
    {
        // Given the outcome baseline's models, which score whole solutions and leave every step-judge output unparsed
        var unparsed = Judged(10, 0).Select(r => r with { Verdict = JudgeVerdict.Unparsed }).ToList();

        // When / Then there is no judge to drift, but one parsed verdict at either end is a change
        Assert.Null(JudgeDrift.From(unparsed, unparsed));
        Assert.Equal(0.05, JudgeDrift.From(unparsed, Judged(10, 1).Select((r, i) => i == 0 ? r : r with { Verdict = JudgeVerdict.Unparsed }).ToList())!.Difference, 12);
    }
}
