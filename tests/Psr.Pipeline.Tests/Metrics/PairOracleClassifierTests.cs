using Psr.Pipeline.Metrics;
using Psr.Roles;
using Psr.Pipeline.Search;
using Psr.Pipeline.Tests.Fakes;

namespace Psr.Pipeline.Tests.Metrics;

public sealed class PairOracleClassifierTests
{
    private static StepPair Pair(string chosen, string rejected, params string[] previous) =>
        new("q", "Q", previous, chosen, rejected, 2, 0, false, false, 0);

    [Theory]
    [InlineData("ok1", "bad1", new string[0], PairOracleCategory.Clean)]
    [InlineData("bad1", "ok1", new string[0], PairOracleCategory.Reversed)]
    [InlineData("bad1", "bad2", new string[0], PairOracleCategory.BothWrong)]
    [InlineData("ok1", "ok2", new[] { "ok0" }, PairOracleCategory.BothRight)]
    [InlineData("ok1", "bad1", new[] { "ok0", "bad0" }, PairOracleCategory.AfterWrongPrefix)]
    [InlineData("ok1", "hmm", new[] { "ok0" }, PairOracleCategory.Unknown)]
    public void Each_pair_falls_in_one_category(string chosen, string rejected, string[] previous, PairOracleCategory expected)
    {
        // Given / When
        var view = PairOracleClassifier.Classify(new PrefixOracle(), Pair(chosen, rejected, previous));

        // Then
        Assert.Equal(expected, view.Category);
    }

    [Fact]
    public void A_wrong_prefix_is_located()
    {
        // Given / When
        var view = PairOracleClassifier.Classify(new PrefixOracle(), Pair("ok", "bad", "ok0", "bad0", "ok1"));

        // Then
        Assert.Equal(1, view.WrongPrefixStep);
        Assert.Equal(StepCorrectness.Unknown, view.Chosen);
    }

    [Fact]
    public void The_breakdown_counts_categories_and_agreement_when_decidable()
    {
        // Given
        PairOracleCategory[] categories = [PairOracleCategory.Clean, PairOracleCategory.Clean, PairOracleCategory.Clean,
            PairOracleCategory.Reversed, PairOracleCategory.BothWrong, PairOracleCategory.AfterWrongPrefix];

        // When
        var b = PairOracleBreakdown.From(categories);

        // Then
        Assert.Equal((3, 1, 1, 0, 1, 0, 6), (b.Clean, b.Reversed, b.BothWrong, b.BothRight, b.AfterWrongPrefix, b.Unknown, b.Total));
        Assert.Equal(0.75, b.AgreementWhenDecidable);
        Assert.Null(PairOracleBreakdown.From([PairOracleCategory.BothWrong]).AgreementWhenDecidable);
    }
}
