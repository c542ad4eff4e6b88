using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.World.Corruption;
using Psr.World.Eft;

namespace Psr.Pipeline.Tests.Config;

public sealed class EftCorruptionsTests
{
    // Wrong operands only: every other rule off (off-by-small still backs up a position where no operand can change).
    private static readonly CorruptionWeights OperandsOnly = new()
    {
        OffBySmall = 0, ChangedDigit = 0, DroppedCarry = 0, WrongOperand = 1, WrongOperation = 0, NotYetAvailable = 0, EarlyAnswer = 0, StepNumber = 0,
    };

    [Fact]
    public void Unset_it_is_not_written_and_leaves_the_seed_data_hashes_as_earlier_runs_wrote_them()
    {
        // Given the default, and it with a mix of its own
        var plain = RunPresets.Default;
        var mixed = RunConfigLoader.Load("default", overrides: ["data.eftCorruptions.wrongOperand=30"]);

        // Then the unset key is absent from the saved configuration, both seed-data stages keep their former hash
        // shapes, and a mix changes both
        Assert.Null(plain.Data.EftCorruptions);
        Assert.DoesNotContain("eftCorruptions", RunConfigFile.Canonical(plain), StringComparison.Ordinal);
        Assert.Equal((30, 25), (mixed.Data.EftCorruptions!.WrongOperand, mixed.Data.EftCorruptions.OffBySmall));
        Assert.Equal(ArtifactJson.HashOf(new
        {
            plain.Data.World, plain.Data.EftPairs, plain.Data.EftTestPairs, plain.Data.MineProblems, plain.Seeds.Data, plain.Seeds.Run,
        }), new EftStage(plain).ConfigHash);
        Assert.Equal(ArtifactJson.HashOf(new { plain.Data.World, plain.Data.EftPairs, plain.Data.EftTestPairs, plain.Seeds.Data, plain.Seeds.Run }),
            new ScoreEftStage(plain).ConfigHash);
        Assert.NotEqual(new EftStage(plain).ConfigHash, new EftStage(mixed).ConfigHash);
        Assert.NotEqual(new ScoreEftStage(plain).ConfigHash, new ScoreEftStage(mixed).ConfigHash);
    }

    [Fact]
    public async Task The_training_pairs_follow_the_mix_and_the_test_pairs_keep_the_worlds()
    {
        // Given the tiny loop's seed data, as the world draws it and with wrong operands only
        var plain = TinyRunConfig.Loop with { Data = TinyRunConfig.Loop.Data with { EftPairs = 200, EftTestPairs = 60 } };
        var mixed = plain with { Data = plain.Data with { EftCorruptions = OperandsOnly } };

        // When the EFT stage draws both
        var (plainTrain, plainTest) = await DrawAsync(plain);
        var (mixedTrain, mixedTest) = await DrawAsync(mixed);

        // Then the training pairs' wrong steps are operands (or the off-by-small fallback) where the world's are mixed,
        // and the held-out test pairs are identical
        static HashSet<string> Rules(List<EftExample> examples) =>
            [.. examples.Where(e => e.Kind == EftPairKind.RightVsWrong).Select(e => e.WrongSource)];
        Assert.Subset(new HashSet<string> { "WrongOperand", "OffBySmall" }, Rules(mixedTrain));
        Assert.Contains("WrongOperand", Rules(mixedTrain));
        Assert.True(mixedTrain.Count(e => e.WrongSource == "WrongOperand") > 2 * plainTrain.Count(e => e.WrongSource == "WrongOperand"));
        Assert.Contains("ChangedDigit", Rules(plainTrain));
        Assert.Equal(plainTest, mixedTest);
    }

    [Fact]
    public async Task The_outcome_baselines_scoring_examples_follow_it_too_and_their_test_set_does_not()
    {
        // Given
        var plain = TinyRunConfig.Loop with { Data = TinyRunConfig.Loop.Data with { EftPairs = 60, EftTestPairs = 30 } };
        var mixed = plain with { Data = plain.Data with { EftCorruptions = OperandsOnly } };

        // When
        var (plainTrain, plainTest) = await ScoreAsync(plain);
        var (mixedTrain, mixedTest) = await ScoreAsync(mixed);

        // Then
        Assert.NotEqual(plainTrain, mixedTrain);
        Assert.Equal(plainTest, mixedTest);
    }

    [Fact]
    public async Task High_digit_slips_join_the_training_pairs_only_when_weighted()
    {
        // Given the tiny loop's seed data, and it with high-digit slips weighted like the world's changed digits
        var plain = TinyRunConfig.Loop with { Data = TinyRunConfig.Loop.Data with { EftPairs = 200, EftTestPairs = 60 } };
        var mixed = RunConfigLoader.Load("smoke", overrides: ["data.eftCorruptions.highDigit=40"]);
        var weighted = plain with { Data = plain.Data with { EftCorruptions = mixed.Data.EftCorruptions } };

        // When the EFT stage draws both
        var (plainTrain, plainTest) = await DrawAsync(plain);
        var (weightedTrain, weightedTest) = await DrawAsync(weighted);

        // Then only the weighted mix has them, its hash is its own, and the test pairs are the world's
        Assert.Equal(40, mixed.Data.EftCorruptions!.HighDigit);
        Assert.DoesNotContain(plainTrain, e => e.WrongSource == "HighDigit");
        Assert.Contains(weightedTrain, e => e.WrongSource == "HighDigit");
        Assert.NotEqual(new EftStage(plain).ConfigHash, new EftStage(weighted).ConfigHash);
        Assert.Equal(plainTest, weightedTest);
    }

    [Theory]
    [InlineData("data.eftCorruptions.wrongOperand=-1", "data.eftCorruptions.wrongOperand = -1: must be >= 0")]
    [InlineData("data.eftCorruptions={\"offBySmall\":0,\"changedDigit\":0,\"droppedCarry\":0,\"wrongOperand\":0,\"wrongOperation\":0,\"notYetAvailable\":0,\"earlyAnswer\":0,\"stepNumber\":0}",
        "data.eftCorruptions = 0: the weights sum to 0")]
    public void A_bad_mix_is_reported_with_its_key_and_value(string assignment, string expected)
    {
        var e = Assert.Throws<ConfigException>(() => RunConfigLoader.Load("smoke", overrides: [assignment]));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    private static async Task<(List<EftExample> Train, List<EftExample> Test)> DrawAsync(RunConfig config)
    {
        using var dir = new TempDir();
        var run = RunDirectory.Create(dir.Path, config);
        var stage = new EftStage(config);
        await stage.RunAsync(new StageContext(run, stage.Id, 1), CancellationToken.None);
        return (ArtifactJsonl.Read<EftExample>(run.Resolve(EftStage.Artifact(EftStage.TrainFile))),
            ArtifactJsonl.Read<EftExample>(run.Resolve(EftStage.Artifact(EftStage.TestFile))));
    }

    private static async Task<(string Train, string Test)> ScoreAsync(RunConfig config)
    {
        using var dir = new TempDir();
        var run = RunDirectory.Create(dir.Path, config);
        var stage = new ScoreEftStage(config);
        await stage.RunAsync(new StageContext(run, stage.Id, 1), CancellationToken.None);
        return (await File.ReadAllTextAsync(run.Resolve(ScoreEftStage.Artifact(ScoreEftStage.TrainFile))),
            await File.ReadAllTextAsync(run.Resolve(ScoreEftStage.Artifact(ScoreEftStage.TestFile))));
    }
}
