using Psr.Roles;
using Psr.Pipeline.Stages;

namespace Psr.Reports.Tests;

public sealed class JudgeStatsTests
{
    [Theory]
    // stored-order verdict, swapped-order verdict, expected position-bias rate, tie rate
    [InlineData(JudgeVerdict.A, JudgeVerdict.B, 0.0, 0.0)]
    [InlineData(JudgeVerdict.A, JudgeVerdict.A, 1.0, 0.0)]
    [InlineData(JudgeVerdict.B, JudgeVerdict.B, 1.0, 0.0)]
    [InlineData(JudgeVerdict.Tie, JudgeVerdict.Tie, 0.0, 1.0)]
    [InlineData(JudgeVerdict.A, JudgeVerdict.Tie, 0.0, 0.5)]
    [InlineData(JudgeVerdict.Unparsed, JudgeVerdict.Unparsed, 0.0, 0.0)]
    public void Position_bias_is_the_same_slot_named_in_both_orders(JudgeVerdict stored, JudgeVerdict swapped, double bias, double ties)
    {
        // Given one pair whose right answer is A in the stored order
        var records = new[] { new JudgeRecord(0, false, JudgeVerdict.A, stored), new JudgeRecord(0, true, JudgeVerdict.B, swapped) };

        // When
        var stats = JudgeStats.From(records);

        // Then
        Assert.Equal(bias, stats.PositionBiasRate);
        Assert.Equal(ties, stats.TieRate);
    }

    [Fact]
    public void Accuracy_counts_calls_not_pairs()
    {
        // Given two pairs, three of four calls right
        var records = new[]
        {
            new JudgeRecord(0, false, JudgeVerdict.A, JudgeVerdict.A), new JudgeRecord(0, true, JudgeVerdict.B, JudgeVerdict.B),
            new JudgeRecord(1, false, JudgeVerdict.B, JudgeVerdict.B), new JudgeRecord(1, true, JudgeVerdict.A, JudgeVerdict.B),
        };

        // When / Then
        Assert.Equal(0.75, JudgeStats.From(records).Accuracy);
        Assert.Equal(0.5, JudgeStats.From(records).PositionBiasRate);
    }
}
