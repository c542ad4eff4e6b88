using Psr.Model.Qwen2;
using Psr.Core.Errors;
using Psr.Training.Checkpoints;
using Psr.Training.Data;
using Psr.Training.Losses;
using Psr.Training.Sft;
using Psr.Training.Tests.Fixtures;
using TorchSharp;

namespace Psr.Training.Tests.Sft;

public sealed class SftTrainerTests
{
    private static readonly SftConfig Config = new()
    {
        LearningRate = 3e-3,
        WarmupSteps = 2,
        Steps = 6,
        BatchSize = 4,
        AccumulationSteps = 2,
        BucketBatches = 2,
        MaxSequenceTokens = 16,
        CheckpointEvery = 3,
        Seed = 7,
    };

    private readonly TestCharTokenizer _tokenizer = new();

    [Fact]
    public void Training_changes_every_parameter_and_lowers_the_loss()
    {
        // Given a fresh tiny model
        using var model = TinyModels.Create();
        var before = TinyModels.Snapshot(model);

        // When it trains for 12 steps on the same 16 sums
        var result = new SftTrainer(model, _tokenizer, Config with { Steps = 12, AccumulationSteps = 1 })
            .Train(ToyData.Sums(16));

        // Then every parameter moved and the loss fell
        var after = TinyModels.Snapshot(model);
        Assert.All(before, p => Assert.NotEqual(p.Value, after[p.Key]));
        Assert.Equal(12, result.History.Count);
        Assert.True(result.History[^1].Loss < result.History[0].Loss,
            $"loss {result.History[0].Loss} → {result.History[^1].Loss}");
    }

    [Fact]
    public void Same_seed_gives_bit_identical_losses_and_weights()
    {
        // Given two identical runs
        (double[] Losses, Dictionary<string, float[]> Weights) Run()
        {
            using var model = TinyModels.Create(seed: 3);
            var result = new SftTrainer(model, _tokenizer, Config).Train(ToyData.Sums(20));
            return (result.History.Select(h => h.Loss).ToArray(), TinyModels.Snapshot(model));
        }

        // When
        var a = Run();
        var b = Run();

        // Then
        Assert.Equal(a.Losses.Select(BitConverter.DoubleToInt64Bits), b.Losses.Select(BitConverter.DoubleToInt64Bits));
        Assert.All(a.Weights, p => Assert.Equal(p.Value, b.Weights[p.Key]));
    }

    [Fact]
    public void Resume_after_a_kill_continues_bit_identically()
    {
        // Given an uninterrupted 6-step run
        using var straightDir = new TempDir();
        using var straightModel = TinyModels.Create(seed: 3);
        var straight = new SftTrainer(straightModel, _tokenizer, Config).Train(ToyData.Sums(20), straightDir.Path);

        // And a run that is stopped right after its step-3 checkpoint, then everything is dropped
        using var dir = new TempDir();
        using (var doomed = TinyModels.Create(seed: 3))
        {
            using var kill = new CancellationTokenSource();
            var stopAtThree = new SyncProgress<TrainProgress>(p => { if (p.Step == 3) kill.Cancel(); });
            Assert.ThrowsAny<OperationCanceledException>(() =>
                new SftTrainer(doomed, _tokenizer, Config).Train(ToyData.Sums(20), dir.Path, stopAtThree, kill.Token));
        }

        // When a new process-like start (a differently initialised model) resumes from the folder
        using var resumedModel = TinyModels.Create(seed: 99);
        var resumed = new SftTrainer(resumedModel, _tokenizer, Config).Train(ToyData.Sums(20), dir.Path);

        // Then steps 4..6 have the same loss bits and the final weights are identical
        Assert.Equal(3, resumed.ResumedFromStep);
        Assert.Equal([4, 5, 6], resumed.History.Select(h => h.Step));
        Assert.Equal(
            straight.History.Skip(3).Select(h => BitConverter.DoubleToInt64Bits(h.Loss)),
            resumed.History.Select(h => BitConverter.DoubleToInt64Bits(h.Loss)));
        var expected = TinyModels.Snapshot(straightModel);
        Assert.All(TinyModels.Snapshot(resumedModel), p => Assert.Equal(expected[p.Key], p.Value));
    }

    [Fact]
    public void Accumulating_two_half_batches_matches_one_full_batch()
    {
        // Given 4 examples with responses of unequal length (so a per-micro-batch mean would weigh tokens unequally):
        // one batch of 4, or two micro-batches of 2 covering the same epoch
        SftExample[] examples = [new("1+1=", "2"), new("9+9=", "18 ok"), new("2+2=", "4!"), new("5+5=", "10 is it")];
        (double Loss, Dictionary<string, float[]> Weights) Step(int batchSize, int accumulation)
        {
            using var model = TinyModels.Create(seed: 4);
            var config = Config with { Steps = 1, WarmupSteps = 1, BatchSize = batchSize, AccumulationSteps = accumulation, BucketBatches = 1 };
            var loss = new SftTrainer(model, _tokenizer, config).Train(examples).History[0].Loss;
            return (loss, TinyModels.Snapshot(model));
        }

        // When
        var full = Step(4, 1);
        var accumulated = Step(2, 2);

        // Then the token-weighted mean loss and the update agree up to float rounding
        Assert.Equal(full.Loss, accumulated.Loss, 5);
        Assert.All(full.Weights, p => Assert.All(p.Value.Zip(accumulated.Weights[p.Key]), w => Assert.Equal(w.First, w.Second, 4)));
    }

    [Fact]
    public void The_sequence_mean_accumulates_like_one_batch_and_takes_another_step_than_the_token_mean()
    {
        // Given 4 examples with responses of 1 to 8 characters, one step of one batch of 4 or of two micro-batches of 2
        SftExample[] examples = [new("1+1=", "2"), new("9+9=", "18 ok"), new("2+2=", "4!"), new("5+5=", "10 is it")];
        (double Loss, Dictionary<string, float[]> Weights) Step(int batchSize, int accumulation, LossNormalization normalization)
        {
            using var model = TinyModels.Create(seed: 4);
            var config = Config with { Steps = 1, WarmupSteps = 1, BatchSize = batchSize, AccumulationSteps = accumulation, BucketBatches = 1, LossNormalization = normalization };
            var loss = new SftTrainer(model, _tokenizer, config).Train(examples).History[0].Loss;
            return (loss, TinyModels.Snapshot(model));
        }

        // When
        var full = Step(4, 1, LossNormalization.Sequences);
        var accumulated = Step(2, 2, LossNormalization.Sequences);
        var tokens = Step(4, 1, LossNormalization.Tokens);

        // Then the window's sequence mean and its update agree, and the update differs from the token mean's (the losses
        // of an untrained model are near ln V at every token, so only the tokens' weights tell the two apart)
        Assert.Equal(full.Loss, accumulated.Loss, 5);
        Assert.All(full.Weights, p => Assert.All(p.Value.Zip(accumulated.Weights[p.Key]), w => Assert.Equal(w.First, w.Second, 4)));
        Assert.Contains(full.Weights, p => p.Value.Zip(tokens.Weights[p.Key]).Any(w => Math.Abs(w.First - w.Second) > 1e-5));
    }

    [Fact]
    public void Splitting_a_batch_by_length_gives_the_same_step()
    {
        // Given one unbucketed batch of 4 examples of unequal length, computed whole or as 2 / 4 micro-batches by length
        SftExample[] examples = [new("1+1=", "2"), new("9+9=", "18 ok"), new("2+2=", "4!"), new("5+5=", "10 is it")];
        (double Loss, Dictionary<string, float[]> Weights) Step(int split)
        {
            using var model = TinyModels.Create(seed: 4);
            var config = Config with { Steps = 1, WarmupSteps = 1, BatchSize = 4, AccumulationSteps = 1, BucketBatches = 1, LengthSplit = split };
            var loss = new SftTrainer(model, _tokenizer, config).Train(examples).History[0].Loss;
            return (loss, TinyModels.Snapshot(model));
        }

        // When
        var whole = Step(1);

        // Then the token-weighted loss and the update agree up to float rounding
        foreach (var split in new[] { 2, 4 })
        {
            var parts = Step(split);
            Assert.Equal(whole.Loss, parts.Loss, 5);
            Assert.All(whole.Weights, p => Assert.All(p.Value.Zip(parts.Weights[p.Key]), w => Assert.Equal(w.First, w.Second, 4)));
        }
    }

    [Fact]
    public void Bfloat16_products_pad_lengths_to_few_shapes_and_give_the_step_of_unpadded_rows()
    {
        // Given one batch whose rows are 3 to 9 tokens long, trained one step with bfloat16 products
        SftExample[] examples = [new("1+1=", "2"), new("9+9=", "18 ok"), new("2+2=", "4!"), new("5+5=", "10 is it")];
        using var model = TinyModels.Create(seed: 4);
        var config = Config with { Steps = 1, WarmupSteps = 1, BatchSize = 4, AccumulationSteps = 1, BucketBatches = 1, MatmulDtype = ModelDtype.BFloat16 };

        // When it trains under a work meter
        var meter = new Psr.Core.Diagnostics.WorkMeter();
        SftResult result;
        using (Psr.Core.Diagnostics.WorkMeter.Measure(meter))
            result = new SftTrainer(model, _tokenizer, config).Train(examples);

        // Then the step computed 4 rows of 16 positions (one kernel shape), and its loss is the float32 loss of the same rows
        Assert.Equal(4 * 16, meter.Totals.TrainTokens);
        using var reference = TinyModels.Create(seed: 4);
        var exact = new SftTrainer(reference, _tokenizer, Config with { Steps = 1, WarmupSteps = 1, BatchSize = 4, AccumulationSteps = 1, BucketBatches = 1 })
            .Train(examples).History[0].Loss;
        Assert.Equal(exact, result.History[0].Loss, 2);
    }

    [Fact]
    public void Checkpoints_are_complete_folders_and_only_the_newest_are_kept()
    {
        // Given checkpoints every 2 of 5 steps, keeping 2
        using var dir = new TempDir();
        using var model = TinyModels.Create();
        var config = Config with { Steps = 5, CheckpointEvery = 2, KeepCheckpoints = 2 };

        // When
        var result = new SftTrainer(model, _tokenizer, config).Train(ToyData.Sums(12), dir.Path);

        // Then steps 4 and 5 (the last) remain, each with all three files, and no temporary folders
        var folders = Directory.GetDirectories(dir.Path).Select(d => Path.GetFileName(d)!).Order().ToArray();
        Assert.Equal(["step-00000004", "step-00000005"], folders);
        Assert.Equal(Path.Combine(dir.Path, "step-00000005"), result.LastCheckpoint);
        foreach (var file in new[] { TrainingCheckpoint.ModelFile, TrainingCheckpoint.OptimizerFile, TrainingCheckpoint.StateFile })
            Assert.True(File.Exists(Path.Combine(result.LastCheckpoint!, file)), file);
        var header = File.ReadAllText(Path.Combine(result.LastCheckpoint!, TrainingCheckpoint.ModelFile))[..400];
        Assert.Contains("model.layers.0.self_attn.q_proj.weight", header);
    }

    [Fact]
    public void Resuming_with_another_seed_is_refused()
    {
        using var dir = new TempDir();
        using var model = TinyModels.Create();
        new SftTrainer(model, _tokenizer, Config with { Steps = 1, WarmupSteps = 1 }).Train(ToyData.Sums(8), dir.Path);

        var e = Assert.Throws<PsrException>(() =>
            new SftTrainer(model, _tokenizer, Config with { Steps = 2, WarmupSteps = 1, Seed = 8 }).Train(ToyData.Sums(8), dir.Path));

        Assert.Contains("seed 7", e.Message);
    }

    [Theory]
    [InlineData(TrainingCheckpoint.ModelFile)]
    [InlineData(TrainingCheckpoint.OptimizerFile)]
    public void A_truncated_checkpoint_file_is_named_in_a_one_line_error(string file)
    {
        // Given a checkpoint whose file is cut in half
        using var dir = new TempDir();
        using var model = TinyModels.Create();
        var saved = new SftTrainer(model, _tokenizer, Config with { Steps = 1, WarmupSteps = 1 }).Train(ToyData.Sums(8), dir.Path).LastCheckpoint!;
        var path = Path.Combine(saved, file);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..(int)(new FileInfo(path).Length / 2)]);

        // When resuming
        var e = Assert.Throws<PsrException>(() =>
            new SftTrainer(model, _tokenizer, Config with { Steps = 2, WarmupSteps = 1 }).Train(ToyData.Sums(8), dir.Path));

        // Then
        Assert.StartsWith(path + ": unreadable checkpoint file", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Live_tensor_count_does_not_grow_over_steps()
    {
        // Given live-tensor counts taken after every step
        using var model = TinyModels.Create();
        var live = new List<long>();
        var probe = new SyncProgress<TrainProgress>(_ => live.Add(DisposeScopeManager.Statistics.ThreadTotalLiveCount));
        DisposeScopeManager.Statistics.Reset();

        // When
        new SftTrainer(model, _tokenizer, Config with { Steps = 6 }).Train(ToyData.Sums(16), progress: probe);

        // Then the count after the last step equals the count after the first
        Assert.Equal(6, live.Count);
        Assert.All(live, n => Assert.Equal(live[0], n));
    }
}
