using Psr.Model.Qwen2;
using Psr.Pipeline.Config;
using Psr.Pipeline.Stages;
using Psr.Training.Data;

namespace Psr.Pipeline.Tests.Config;

public sealed class InitMixedBatchesTests
{
    [Fact]
    public void Mixed_batches_turn_length_bucketing_off_for_init_and_only_then_change_its_hash()
    {
        // Given the default and the same run with mixed batches
        var plain = RunPresets.Default;
        var mixed = RunConfigLoader.Load("default", overrides: ["sft.mixedBatches=true"]);

        // Then the trainer buckets by length only by default, and the key enters config and hash only when on
        Assert.Equal(8, plain.Sft.ForTrainer(1, ModelDtype.Float32).BucketBatches);
        Assert.Equal(1, mixed.Sft.ForTrainer(1, ModelDtype.Float32).BucketBatches);
        Assert.Equal(1, plain.Sft.ForTrainer(1, ModelDtype.Float32).LengthSplit);
        Assert.Equal(InitSftConfig.MixedLengthSplit, mixed.Sft.ForTrainer(1, ModelDtype.Float32).LengthSplit);
        Assert.Equal((3L, ModelDtype.BFloat16), (mixed.Sft.ForTrainer(3, ModelDtype.BFloat16).Seed, mixed.Sft.ForTrainer(3, ModelDtype.BFloat16).ComputeDtype));
        Assert.DoesNotContain("mixedBatches", RunConfigFile.Canonical(plain), StringComparison.Ordinal);
        Assert.Contains("\"mixedBatches\": true", RunConfigFile.Canonical(mixed), StringComparison.Ordinal);
        Assert.NotEqual(new InitStage(plain).ConfigHash, new InitStage(mixed).ConfigHash);
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
