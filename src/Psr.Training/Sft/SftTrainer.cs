using System.Diagnostics;
using Psr.Core.Diagnostics;
using Psr.Core.Errors;
using Psr.Model.Native;
using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using Psr.Training.Checkpoints;
using Psr.Training.Data;
using Psr.Training.Losses;
using Psr.Training.Optimization;
using Psr.Training.Precision;
using TorchSharp.Modules;
using TorchSharp;
using static TorchSharp.torch;

namespace Psr.Training.Sft;

/// <summary>
/// Supervised fine-tuning of a causal LM on prompt → response examples with the loss on response tokens only.
/// Checkpoints (weights, optimizer, step, data position) go to a folder; calling <see cref="Train"/> again with the
/// same folder resumes from its newest checkpoint and continues exactly as an uninterrupted run would.
/// </summary>
public sealed class SftTrainer
{
    private readonly Qwen2ForCausalLM _model;
    private readonly ITokenizer _tokenizer;
    private readonly SftConfig _config;

    public SftTrainer(Qwen2ForCausalLM model, ITokenizer tokenizer, SftConfig config)
    {
        _model = model;
        _tokenizer = tokenizer;
        _config = config.Validate();
        TokenizerFit.Ensure(tokenizer, model);
    }

    /// <summary>
    /// Trains on <paramref name="examples"/>. With <paramref name="checkpointDir"/>, resumes from its newest
    /// checkpoint if there is one and saves checkpoints there; progress goes to <paramref name="progress"/>.
    /// <paramref name="afterStep"/> runs after each optimizer step (steps completed, model in eval mode), before
    /// that step's checkpoint, so a measurement it logs is never lost to a resume from that checkpoint.
    /// </summary>
    public SftResult Train(
        IReadOnlyList<SftExample> examples, string? checkpointDir = null, IProgress<TrainProgress>? progress = null,
        CancellationToken cancellation = default, Action<int>? afterStep = null)
    {
        if (examples.Count == 0)
            throw new PsrException("SFT: no training examples");
        // Configure: tokenize, build the optimizer, restore a checkpoint if any.
        var data = examples.Select(e => CompletionEncoder.Encode(_tokenizer, e, _config.MaxSequenceTokens, _config.Eos)).ToArray();
        using var optimizer = AdamWFactory.Create(_model, _config.LearningRate, _config.AdamW, _config.WeightDecay);
        var state = Resume(checkpointDir, optimizer) ?? new TrainerState(0, new BatchPosition(0, 0), _config.Seed, 0);
        var resumedFrom = state.Step;
        var lengths = data.Select(d => d.Ids.Length).ToArray();
        var cursor = new BatchCursor(lengths, _config.BatchSize, _config.BucketBatches, _config.Seed, state.Data);
        var totalSteps = _config.Steps;
        var schedule = _config.Schedule(totalSteps);
        var history = new List<TrainProgress>();
        string? lastCheckpoint = null;
        var parameters = _model.parameters().Sum(p => p.numel()); // for the profile's 6·N·tokens
        using var shadow = _config.ComputeDtype == ModelDtype.Float32 ? null : new LowPrecisionShadow(_model, _config.ComputeDtype);
        _model.train();
        for (var step = state.Step; step < totalSteps; step++)
        {
            cancellation.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            var lr = schedule.At(step); // learning rate for this step
            AdamWFactory.SetLearningRate(optimizer, lr);
            using var scope = NewDisposeScope(); // every tensor of the step dies with it
            var window = NextWindow(cursor, data, lengths); // this step's micro-batches
            shadow?.Pull(); // bfloat16 passes: round the master weights into the copy
            var loss = WithMatmulDtype(() => AccumulateGradients(window, shadow?.Model ?? _model, _config.LossNormalization)); // forward, loss, backward per micro-batch
            shadow?.PushGradients(); // its gradients join the float32 master's, where clipping and AdamW run
            var gradNorm = GradientStep.Apply(_model, optimizer, _config.AdamW.GradClip); // clip, step, zero_grad
            WorkMeter.Trained(window.Sum(b => b.InputIds.numel()), parameters, clock.Elapsed);
            state = new TrainerState(step + 1, cursor.Position, _config.Seed, state.TokensSeen + window.Sum(b => b.TokenCount));
            var report = new TrainProgress(step + 1, totalSteps, cursor.Position.Epoch, loss, lr, gradNorm,
                window.Sum(b => b.InputIds.numel()) / clock.Elapsed.TotalSeconds, state.TokensSeen);
            history.Add(report);
            progress?.Report(report); // log
            if (afterStep is not null)
            {
                _model.eval();
                afterStep(step + 1); // e.g. a dev measurement; it must not change the weights
                _model.train();
            }
            if (checkpointDir is not null && IsCheckpointStep(step + 1, totalSteps))
                lastCheckpoint = TrainingCheckpoint.Save(checkpointDir, _model, optimizer, state, _config.KeepCheckpoints);
        }
        _model.eval();
        return new SftResult(history, resumedFrom, data.Count(d => d.Truncated), lastCheckpoint);
    }

    /// <summary>Runs the passes with the configured product dtype and leaves the model's as it was (dev checks, later stages).</summary>
    private T WithMatmulDtype<T>(Func<T> passes)
    {
        if (_config.MatmulDtype == ModelDtype.Float32)
            return passes();
        var previous = _model.Matmul.Dtype;
        _model.Matmul.Dtype = _config.MatmulDtype.ToScalarType();
        try
        {
            return passes();
        }
        finally
        {
            _model.Matmul.Dtype = previous;
        }
    }

    private TrainerState? Resume(string? checkpointDir, OptimizerHelper optimizer)
    {
        var latest = checkpointDir is null ? null : TrainingCheckpoint.FindLatest(checkpointDir);
        if (latest is null)
            return null;
        var state = TrainingCheckpoint.Load(latest, _model, optimizer);
        if (state.Seed != _config.Seed)
            throw new PsrException(
                $"{latest}: checkpoint was trained with seed {state.Seed}, but the configuration has Seed ({_config.Seed})");
        return state;
    }

    private List<CompletionBatch> NextWindow(BatchCursor cursor, PromptCompletion[] data, IReadOnlyList<int> lengths) =>
        Enumerable.Range(0, _config.AccumulationSteps)
            .SelectMany(_ => LengthSplit.Split(cursor.Next(), lengths, _config.LengthSplit))
            .Select(micro => CompletionCollator.Collate(micro.Select(i => data[i]).ToArray(), _tokenizer.PadId, _model.Device, LengthMultiple))
            .ToList();

    /// <summary>
    /// Row length multiple of the micro-batches. bfloat16 products run through oneDNN, which compiles a kernel per
    /// matrix shape and keeps about a thousand: with a new length in every micro-batch the cache thrashes and Init's
    /// bfloat16 steps ran 1.39× float32's speed over the first 60 steps and 1.0× over 150 (docs/benchmarks.md, session 10).
    /// Lengths in steps of 16 keep the shapes few; float32 (MKL, no per-shape kernels) pads to the longest row only.
    /// </summary>
    private int LengthMultiple => _config.ComputeDtype == ModelDtype.Float32 && _config.MatmulDtype == ModelDtype.Float32 ? 1 : 16;

    // Sums gradients over the window with each micro-batch's loss normalised by the window's token (or sequence)
    // count, so the result equals one big batch's mean; returns that mean.
    private static double AccumulateGradients(IReadOnlyList<CompletionBatch> window, Qwen2ForCausalLM model, LossNormalization normalization)
    {
        var tokens = Math.Max(1, window.Sum(b => b.TokenCount));
        var sequences = Math.Max(1, window.Sum(b => b.Rows));
        var total = 0.0;
        foreach (var batch in window)
        {
            using var micro = NewDisposeScope(); // free this micro-batch's activations before the next
            var logits = model.forward(new DecoderInput(batch.InputIds)); // (B, T, V)
            var loss = normalization == LossNormalization.Sequences
                ? MaskedCrossEntropy.PerSequence(logits, batch.Targets, batch.LossMask, sequences) // ()
                : MaskedCrossEntropy.Normalized(logits, batch.Targets, batch.LossMask, tokens); // ()
            loss.backward();
            total += Scalars.ToDouble(loss);
        }
        return total;
    }

    private bool IsCheckpointStep(int completed, int totalSteps) =>
        completed == totalSteps || completed % _config.CheckpointEvery == 0;
}
