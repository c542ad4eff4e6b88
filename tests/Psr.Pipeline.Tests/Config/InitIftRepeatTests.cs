using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.Stages;
using Psr.World.Eft;
using Psr.World.Judging;

namespace Psr.Pipeline.Tests.Config;

public sealed class InitIftRepeatTests
{
    [Fact]
    public void Unset_it_leaves_the_configuration_and_hashes_as_they_were_and_set_it_changes_init_and_the_control()
    {
        // Given a preset that leaves the key unset (the verified one; the default sets two copies) and it with two copies
        var plain = RunPresets.Verified;
        var two = RunConfigLoader.Load("verified", overrides: ["sft.iftRepeat=2"]);
        var control = plain with { Experiment = new ExperimentConfig { Method = SelfRewardingMethod.ContinuedSft } };

        // Then the unset key is not written, and two copies change Init's and the continued-SFT rounds' hashes
        Assert.Null(plain.Sft.IftRepeat);
        Assert.DoesNotContain("iftRepeat", RunConfigFile.Canonical(plain), StringComparison.Ordinal);
        Assert.Equal(2, two.Sft.IftRepeat);
        Assert.NotEqual(new InitStage(plain).ConfigHash, new InitStage(two).ConfigHash);
        Assert.NotEqual(new ContinuedSftStage(control, 0, InitStage.ModelArtifacts).ConfigHash,
            new ContinuedSftStage(control with { Sft = two.Sft }, 0, InitStage.ModelArtifacts).ConfigHash);
    }

    [Fact]
    public void The_sequence_mean_changes_init_and_the_controls_hashes_and_the_control_trains_with_it()
    {
        // Given the default and it with Init's loss averaged per sequence
        var plain = RunPresets.Default;
        var sequences = RunConfigLoader.Load("default", overrides: ["sft.lossNormalization=Sequences"]);
        var control = plain with { Experiment = new ExperimentConfig { Method = SelfRewardingMethod.ContinuedSft } };

        // Then the token mean is not written, and the sequence mean changes Init's and the continued-SFT rounds' hashes
        Assert.DoesNotContain("lossNormalization", RunConfigFile.Canonical(plain), StringComparison.Ordinal);
        Assert.Equal(Psr.Training.Losses.LossNormalization.Sequences, sequences.Sft.LossNormalization);
        Assert.NotEqual(new InitStage(plain).ConfigHash, new InitStage(sequences).ConfigHash);
        Assert.NotEqual(new ContinuedSftStage(control, 0, InitStage.ModelArtifacts).ConfigHash,
            new ContinuedSftStage(control with { Sft = sequences.Sft }, 0, InitStage.ModelArtifacts).ConfigHash);
        Assert.Equal(Psr.Training.Losses.LossNormalization.Sequences, ContinuedSftConfig.TrainerOf(control with { Sft = sequences.Sft }, 0).LossNormalization);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Fewer_than_one_copy_is_reported_with_its_key(string value)
    {
        var e = Assert.Throws<ConfigException>(() => RunConfigLoader.Load("smoke", overrides: [$"sft.iftRepeat={value}"]));
        Assert.Contains($"sft.iftRepeat = {value}", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData(2, 6)]
    [InlineData(3, 9)]
    public void Inits_stream_holds_each_ift_example_that_many_times_and_each_eft_example_once(int? repeat, int expectedIft)
    {
        // Given a run whose seed data holds 3 IFT and 2 EFT examples
        using var dir = new TempDir();
        var config = TinyRunConfig.Loop with { Sft = TinyRunConfig.Loop.Sft with { IftRepeat = repeat } };
        var run = RunDirectory.Create(dir.Path, config);
        ArtifactJsonl.Write(run.Resolve(IftStage.Artifact), Enumerable.Range(0, 3).Select(i => new IftRecord($"i{i}", $"{i}+1=?", i + 1, [$"Step 1: {i}+1={i + 1} \\boxed{{{i + 1}}}"])));
        ArtifactJsonl.Write(run.Resolve(EftStage.Artifact(EftStage.TrainFile)), Enumerable.Range(0, 2).Select(i => new EftExample($"e{i}", $"Judge:\n{i}+1=?\nA: x\nB: y\nCheck:\n",
            "[[A]]", "x", "y", CandidateMark.Right, CandidateMark.Wrong, PairVerdict.A, EftPairKind.RightVsWrong, "test")));

        // When Init's stream is read
        var stream = SeedSftExamples.ReadForInit(run, config);

        // Then every IFT example appears the same number of times, every EFT example once, and replay's reading is unchanged
        var ift = stream.Where(e => !e.Prompt.StartsWith("Judge:", StringComparison.Ordinal)).ToList();
        Assert.Equal(expectedIft, ift.Count);
        Assert.All(ift.GroupBy(e => e.Prompt), g => Assert.Equal(repeat ?? 1, g.Count()));
        Assert.Equal(2, stream.Count(e => e.Prompt.StartsWith("Judge:", StringComparison.Ordinal)));
        Assert.Equal(5, SeedSftExamples.Read(run, config).Count);
    }
}
