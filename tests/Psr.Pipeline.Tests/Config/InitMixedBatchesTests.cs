using Psr.Model.Qwen2;
using Psr.Pipeline.Config;
using Psr.Pipeline.Stages;
using Psr.Training.Data;

namespace Psr.Pipeline.Tests.Config;

public sealed class InitMixedBatchesTests
{
    [Fact]
    public void Mixed_batches_are_the_default_and_turning_them_off_restores_length_bucketing_and_changes_the_hash()
    {
        // Given the default and the same run with length-bucketed batches
        var mixed = RunPresets.Default;
        var bucketed = RunConfigLoader.Load("default", overrides: ["sft.mixedBatches=false"]);

        // Then Init mixes (no bucketing, four length-sorted micro-batches) unless told otherwise, in every preset
        Assert.All(RunPresets.Names, name => Assert.True(RunPresets.Get(name).Sft.MixedBatches, name));
        Assert.Equal(1, mixed.Sft.ForTrainer(1, ComputePrecision.Float32).BucketBatches);
        Assert.Equal(InitSftConfig.MixedLengthSplit, mixed.Sft.ForTrainer(1, ComputePrecision.Float32).LengthSplit);
        Assert.Equal(8, bucketed.Sft.ForTrainer(1, ComputePrecision.Float32).BucketBatches);
        Assert.Equal(1, bucketed.Sft.ForTrainer(1, ComputePrecision.Float32).LengthSplit);
        Assert.Equal((3L, ModelDtype.BFloat16, ModelDtype.Float32), (mixed.Sft.ForTrainer(3, ComputePrecision.BFloat16).Seed,
            mixed.Sft.ForTrainer(3, ComputePrecision.BFloat16).ComputeDtype, mixed.Sft.ForTrainer(3, ComputePrecision.BFloat16).MatmulDtype));
        Assert.Equal((ModelDtype.Float32, ModelDtype.BFloat16), (mixed.Sft.ForTrainer(3, ComputePrecision.BFloat16Autocast).ComputeDtype,
            mixed.Sft.ForTrainer(3, ComputePrecision.BFloat16Autocast).MatmulDtype));
        Assert.NotEqual(new InitStage(mixed).ConfigHash, new InitStage(bucketed).ConfigHash);
    }

    [Fact]
    public void A_saved_bucketed_configuration_stays_bucketed_when_loaded_again()
    {
        // Given a run saved with mixed batches off (the preset says on)
        var bucketed = RunConfigLoader.Load("default", overrides: ["sft.mixedBatches=false"]);
        var path = Path.Combine(Path.GetTempPath(), $"psr-mixed-{Guid.NewGuid():N}.json");
        try
        {
            RunConfigFile.Save(bucketed, path);

            // When it is loaded as a resume loads it
            var again = RunConfigFile.Load(path);

            // Then the saved false wins over the preset, and the configuration and its hash are unchanged
            Assert.Contains("\"mixedBatches\": false", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.False(again.Sft.MixedBatches);
            Assert.Equal(RunConfigFile.Hash(bucketed), RunConfigFile.Hash(again));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Without_bucketing_batches_mix_short_and_long_examples()
    {
        // Given half short (IFT-like) and half long (EFT-like) examples in random order
        var rng = new Random(1);
        var lengths = Enumerable.Range(0, 1024).Select(_ => rng.Next(2) == 0 ? 40 : 200).ToArray();

        // When a bucketed and an unbucketed epoch are drawn
        var bucketed = new BatchCursor(lengths, 64, 8, 5);
        var unbucketed = new BatchCursor(lengths, 64, 1, 5);
        var b = Enumerable.Range(0, bucketed.BatchesPerEpoch).Select(_ => bucketed.Next()).ToList();
        var u = Enumerable.Range(0, unbucketed.BatchesPerEpoch).Select(_ => unbucketed.Next()).ToList();

        // Then most bucketed batches hold one length, every unbucketed batch both
        Assert.True(b.Count(x => x.Select(i => lengths[i]).Distinct().Count() == 1) >= b.Count * 3 / 4);
        Assert.All(u, x => Assert.Equal(2, x.Select(i => lengths[i]).Distinct().Count()));
    }
}
