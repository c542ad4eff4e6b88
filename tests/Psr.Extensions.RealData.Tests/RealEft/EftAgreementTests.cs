using Psr.Extensions.RealData.RealEft;
using Psr.Roles;

namespace Psr.Extensions.RealData.Tests.RealEft;

public sealed class EftAgreementTests
{
    [Theory]
    [InlineData(JudgeVerdict.A, JudgeVerdict.B, EftDecision.Kept)]
    [InlineData(JudgeVerdict.B, JudgeVerdict.A, EftDecision.DisagreesWithPrm)]
    [InlineData(JudgeVerdict.A, JudgeVerdict.A, EftDecision.Inconsistent)]
    [InlineData(JudgeVerdict.B, JudgeVerdict.B, EftDecision.Inconsistent)]
    [InlineData(JudgeVerdict.Tie, JudgeVerdict.Tie, EftDecision.NoPreference)]
    [InlineData(JudgeVerdict.A, JudgeVerdict.BothWrong, EftDecision.NoPreference)]
    [InlineData(JudgeVerdict.Unparsed, JudgeVerdict.B, EftDecision.Unparsed)]
    [InlineData(JudgeVerdict.A, JudgeVerdict.Unparsed, EftDecision.Unparsed)]
    [InlineData(JudgeVerdict.Tie, JudgeVerdict.Unparsed, EftDecision.Unparsed)]
    public void A_pair_is_kept_only_when_both_orders_pick_the_prm_best_step(JudgeVerdict bestFirst, JudgeVerdict worstFirst, EftDecision expected)
    {
        // Given the annotator's verdicts with the PRM's best step shown first, then second
        // When the filter decides
        var decision = EftAgreement.Decide(bestFirst, worstFirst);

        // Then only two consistent picks of the best step keep the pair, and every other case names its drop reason
        Assert.Equal(expected, decision);
    }
}
