using Psr.Pipeline.Config;
using Psr.Studies.Safeguard;

namespace Psr.Studies.Tests.Safeguard;

public sealed class SafeguardVerdictTests
{
    [Theory]
    [InlineData(0.80, 0.80, 0.05, SafeguardAction.StopRun, SafeguardDecision.Accepted)]
    [InlineData(0.80, 0.90, 0.00, SafeguardAction.StopRun, SafeguardDecision.Accepted)]
    [InlineData(0.80, 0.75, 0.05, SafeguardAction.StopRun, SafeguardDecision.Accepted)]
    [InlineData(0.80, 0.74, 0.05, SafeguardAction.StopRun, SafeguardDecision.Stopped)]
    [InlineData(0.80, 0.74, 0.05, SafeguardAction.RejectRound, SafeguardDecision.Rejected)]
    [InlineData(0.50, 0.49, 0.00, SafeguardAction.RejectRound, SafeguardDecision.Rejected)]
    [InlineData(1.00, 0.00, 1.00, SafeguardAction.StopRun, SafeguardDecision.Accepted)]
    public void A_round_is_accepted_unless_the_signal_drops_by_more_than_the_limit(double start, double trained, double maxDrop,
        SafeguardAction action, SafeguardDecision expected)
    {
        // Given a safeguard with the limit and action / When the two values are compared / Then
        var config = new SafeguardConfig { Enabled = true, MaxDrop = maxDrop, Action = action };
        Assert.Equal(expected, SafeguardVerdict.Decide(start, trained, config));
    }
}
