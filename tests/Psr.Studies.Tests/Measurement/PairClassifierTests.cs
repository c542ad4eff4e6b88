using Psr.Studies.Measurement;

namespace Psr.Studies.Tests.Measurement;

public sealed class PairClassifierTests
{
    private const string Q = "(8+3)*6+7=?";

    [Fact]
    public void Pairs_are_classified_by_the_oracle_and_agreement_counts_only_exactly_one_right_pairs()
    {
        // Given one pair of each kind
        (string, IReadOnlyList<string>, string, string)[] pairs =
        [
            (Q, [], "Step 1: 8+3=11", "Step 1: 8+3=12"),                       // agree
            (Q, [], "Step 1: 8+3=11", "Step 1: 8+3=10"),                       // agree
            (Q, [], "Step 1: 8+3=12", "Step 1: 8+3=11"),                       // reversed
            (Q, [], "Step 1: 8+3=12", "Step 1: 8+3=13"),                       // both wrong
            (Q, [], "Step 1: 8+3=11", "Step 1: 3+8=11"),                       // both right
            (Q, ["Step 1: 8+3=12"], "Step 2: 12*6=72", "Step 2: 12*6=71"),     // after a wrong prefix
        ];

        // When classified
        var b = PairClassifier.Classify(pairs);

        // Then each kind is counted once and agreement is 2 of 3
        Assert.Equal((6, 2, 1, 1, 1, 1), (b.Pairs, b.Agree, b.Reversed, b.BothWrong, b.BothRight, b.AfterWrongPrefix));
        Assert.Equal(2.0 / 3, b.Agreement.Value, 9);
    }
}
