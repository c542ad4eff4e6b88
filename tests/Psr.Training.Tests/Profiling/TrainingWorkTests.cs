using Psr.Core.Diagnostics;
using Psr.Training.Data;
using Psr.Training.Dpo;
using Psr.Training.Losses;
using Psr.Training.Sft;
using Psr.Training.Tests.Fixtures;
using static TorchSharp.torch;

namespace Psr.Training.Tests.Profiling;

/// <summary>The trainers' <see cref="WorkMeter"/> records: the run profile's training tokens and FLOPs.</summary>
public sealed class TrainingWorkTests
{
    private readonly TestCharTokenizer _tokenizer = new();

    [Fact]
    public void Sft_records_the_tokens_of_exactly_the_batches_it_trained_on()
    {
        // Given a tiny SFT run with accumulation and length buckets (so batches differ in length)
        var config = new SftConfig { Steps = 5, WarmupSteps = 1, BatchSize = 3, AccumulationSteps = 2, BucketBatches = 2, MaxSequenceTokens = 16, Seed = 11 };
        var examples = ToyData.Sums(23);
        using var model = TinyModels.Create();
        var parameters = model.parameters().Sum(p => p.numel());

        // When it trains inside a meter's scope
        var meter = new WorkMeter();
        using (WorkMeter.Measure(meter))
            new SftTrainer(model, _tokenizer, config).Train(examples);

        // Then the tokens equal those of the same batches replayed with the trainer's own data pieces: the same cursor
        // order, collated to (B, T) input ids
        var data = examples.Select(e => CompletionEncoder.Encode(_tokenizer, e, config.MaxSequenceTokens, config.Eos)).ToArray();
        var cursor = new BatchCursor(data.Select(d => d.Ids.Length).ToArray(), config.BatchSize, config.BucketBatches, config.Seed);
        long expected = 0;
        for (var i = 0; i < config.Steps * config.AccumulationSteps; i++)
        {
            using var scope = NewDisposeScope();
            expected += CompletionCollator.Collate(cursor.Next().Select(j => data[j]).ToArray(), _tokenizer.PadId, CPU).InputIds.numel();
        }
        var work = meter.Totals;
        Assert.Equal(expected, work.TrainTokens);
        Assert.Equal(6.0 * parameters * expected, work.TrainFlops);
        Assert.True(work.TrainSeconds > 0);
        Assert.Equal(0, work.SampledTokens);
    }

    [Fact]
    public void Step_dpo_records_chosen_and_rejected_rows_of_every_step()
    {
        // Given a tiny step-DPO round of 2 epochs over 10 pairs in batches of 4 (3 batches per epoch)
        var config = new StepDpoConfig { BatchSize = 4, Epochs = 2, MaxSequenceTokens = 24, Seed = 5 };
        var examples = ToyData.StepPairs(10);
        using var model = TinyModels.Create();

        // When
        var meter = new WorkMeter();
        using (WorkMeter.Measure(meter))
            new StepDpoTrainer(model, _tokenizer, config).Train(examples);

        // Then every step counted its 2·P rows × the batch's length, and nothing outside a scope is recorded
        var pairs = examples.Select(e => CompletionEncoder.Encode(_tokenizer, e, config.MaxSequenceTokens, config.Eos)).ToArray();
        var cursor = new BatchCursor(pairs.Select(p => Math.Max(p.Chosen.Ids.Length, p.Rejected.Ids.Length)).ToArray(), config.BatchSize, config.BucketBatches, config.Seed);
        long expected = 0;
        for (var i = 0; i < config.Epochs * cursor.BatchesPerEpoch; i++)
        {
            using var scope = NewDisposeScope();
            expected += PreferenceCollator.Collate(cursor.Next().Select(j => pairs[j]).ToArray(), _tokenizer.PadId, CPU).Rows.InputIds.numel();
        }
        Assert.Equal(expected, meter.Totals.TrainTokens);
        Assert.Null(WorkMeter.Current);
    }

    [Fact]
    public void Step_dpo_records_the_replayed_rows_beside_the_pairs()
    {
        // Given the NLL-only update (the default's: chosen rows only) over 10 pairs in batches of 4, with 3 seed examples
        // replayed a step from a set of 7
        var config = new StepDpoConfig { BatchSize = 4, Epochs = 2, MaxSequenceTokens = 24, Seed = 5, Loss = PreferenceLossKind.None, NllWeight = 1, Replay = 3 };
        var examples = ToyData.StepPairs(10);
        var replay = ToyData.Sums(7);
        using var model = TinyModels.Create();

        // When it trains inside a meter's scope
        var meter = new WorkMeter();
        using (WorkMeter.Measure(meter))
            new StepDpoTrainer(model, _tokenizer, config).Train(examples, replay: replay);

        // Then every step counted its chosen rows at the pairs' width and its replay batch, in the replay cursor's order
        var pairs = examples.Select(e => CompletionEncoder.Encode(_tokenizer, e, config.MaxSequenceTokens, config.Eos)).ToArray();
        var cursor = new BatchCursor(pairs.Select(p => Math.Max(p.Chosen.Ids.Length, p.Rejected.Ids.Length)).ToArray(), config.BatchSize, config.BucketBatches, config.Seed);
        var rows = replay.Select(e => CompletionEncoder.Encode(_tokenizer, e, config.MaxSequenceTokens, EosPolicy.Append)).ToArray();
        var replayCursor = new BatchCursor(rows.Select(r => r.Ids.Length).ToArray(), config.Replay, 1, config.Seed + 1);
        long expected = 0, replayed = 0;
        for (var i = 0; i < config.Epochs * cursor.BatchesPerEpoch; i++)
        {
            using var scope = NewDisposeScope();
            var batch = cursor.Next().Select(j => pairs[j]).ToArray();
            var width = batch.Max(p => Math.Max(p.Chosen.Ids.Length, p.Rejected.Ids.Length)) - 1;
            expected += CompletionCollator.Collate(batch.Select(p => p.Chosen).ToArray(), _tokenizer.PadId, CPU, minWidth: width).InputIds.numel();
            replayed += CompletionCollator.Collate(replayCursor.Next().Select(j => rows[j]).ToArray(), _tokenizer.PadId, CPU).InputIds.numel();
        }
        Assert.True(replayed > 0);
        Assert.Equal(expected + replayed, meter.Totals.TrainTokens);
    }
}
