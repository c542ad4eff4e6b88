using Psr.Core.Errors;
using Psr.World.Corruption;
using Psr.World.Eft;
using Psr.World.Judging;
using Psr.World.Presets;
using Psr.World.Splits;

namespace Psr.World.Tests.Eft;

public sealed class EftSamplerTests
{
    [Fact]
    public void Sampled_wrong_steps_are_used_only_when_the_oracle_calls_them_wrong()
    {
        // Given problems and a pool with one wrong, one right and one unknown-problem step
        var problems = new ProblemSource(WorldPresets.Default.Problems, new SplitConfig()).Draw(WorldSplit.Train, 20, 1);
        var p = problems[0];
        var wrong = p.GoldSteps[0] + "1";
        SampledWrongStep[] pool = [new(p.Id, 0, wrong), new(p.Id, 0, p.GoldSteps[0]), new("nope", 0, "x")];

        // When a sampler that always prefers the pool draws examples
        var sampler = new EftSampler(new EftConfig { SampledWrongProbability = 1 }, problems, pool);
        var examples = Enumerable.Range(0, 50).Select(i => sampler.Next(new Random(i))).ToList();

        // Then only the wrong step is kept, and it appears against the gold step in both positions
        Assert.Equal((1, 2), (sampler.SampledSteps, sampler.RejectedSampledSteps));
        Assert.All(examples, e => Assert.Equal("sampled", e.WrongSource));
        Assert.Contains(examples, e => e.CandidateA == wrong && e.Verdict == PairVerdict.B);
        Assert.Contains(examples, e => e.CandidateB == wrong && e.Verdict == PairVerdict.A);
    }

    [Fact]
    public void Random_order_balances_the_verdicts()
    {
        // Given the default mix
        var problems = new ProblemSource(WorldPresets.Default.Problems, new SplitConfig()).Draw(WorldSplit.Train, 200, 1);
        var sampler = new EftSampler(new EftConfig(), problems);
        var rng = new Random(1);

        // When 4,000 examples are drawn
        var verdicts = Enumerable.Range(0, 4_000).Select(_ => sampler.Next(rng).Verdict).ToList();

        // Then [[A]] and [[B]] are about equally frequent, and tie/none occur
        var (a, b) = (verdicts.Count(v => v == PairVerdict.A), verdicts.Count(v => v == PairVerdict.B));
        Assert.InRange(a / (double)(a + b), 0.45, 0.55);
        Assert.Contains(PairVerdict.Tie, verdicts);
        Assert.Contains(PairVerdict.None, verdicts);
    }

    [Fact]
    public void Invalid_eft_settings_are_all_reported()
    {
        // Given three bad settings, one of them in the check style, then all are reported with their values
        var e = Assert.Throws<ConfigException>(() =>
            new EftConfig { AlternativeStepProbability = 2, RightVsWrongWeight = -1, Style = new CheckStyle(Order: (DigitOrder)7) }.Validate());
        Assert.Equal(3, e.Problems.Count);
        Assert.Contains(e.Problems, p => p.Contains("Order (7)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_mix_that_cannot_apply_everywhere_still_gives_wrong_candidates()
    {
        // Given corruption weights that allow only dropped carries, which many steps do not have
        var problems = new ProblemSource(WorldPresets.Smoke.Problems, new SplitConfig()).Draw(WorldSplit.Train, 50, 1);
        var config = new EftConfig
        {
            RightVsRightWeight = 0, WrongVsWrongWeight = 0,
            Corruptions = new CorruptionWeights
            {
                OffBySmall = 0, ChangedDigit = 0, WrongOperand = 0, WrongOperation = 0, NotYetAvailable = 0,
                EarlyAnswer = 0, StepNumber = 0,
            },
        };
        var sampler = new EftSampler(config, problems);
        var rng = new Random(3);

        // When many examples are drawn, then every one contrasts a right and a wrong candidate
        for (var i = 0; i < 500; i++)
            Assert.Contains(sampler.Next(rng).Verdict, new[] { PairVerdict.A, PairVerdict.B });
    }
}
