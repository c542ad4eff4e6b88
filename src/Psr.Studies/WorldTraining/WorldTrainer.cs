using System.Diagnostics;
using System.Globalization;
using Psr.Model.Generation;
using Psr.Model.Qwen2;
using Psr.Pipeline.Adapters;
using Psr.Pipeline.Config;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.WorldModels;
using Psr.Training.Data;
using Psr.Training.Sft;
using Psr.World.Eft;
using Psr.World.Presets;
using Psr.World.Splits;
using static TorchSharp.torch;

namespace Psr.Studies.WorldTraining;

/// <summary>
/// Trains a world model: builds IFT (gold solutions) and, for M1, EFT examples (corruptions plus wrong steps sampled
/// from a weak model), then runs <see cref="SftTrainer"/> with resumable checkpoints under <c>OUT/checkpoints</c>,
/// loadable snapshots under <c>OUT/snapshots/step-N</c>, and the final model in <c>OUT</c>.
/// </summary>
public sealed class WorldTrainer(WorldTrainingOptions options, Action<string> log)
{
    /// <summary>Runs the training and returns its summary (also written to <c>OUT/training.json</c>).</summary>
    public async Task<WorldTrainingSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        options = options.Validate() with { Precision = options.Precision.Resolve() };
        var preset = WorldPresets.Get(options.Preset);
        var clock = Stopwatch.StartNew();
        var tokenizer = WorldTokenizer.Create();
        var problems = new ProblemSource(preset.Problems, preset.Splits).Draw(WorldSplit.Train, options.IftCount, options.Seed, preset.Name);
        var examples = new List<SftExample>(IftExamples.From(problems));
        var (mined, kept) = (0, 0);
        if (options.EftCount > 0)
        {
            var pool = await MineAsync(problems, cancellationToken).ConfigureAwait(false);
            var sampler = new EftSampler(preset.Eft, problems, pool);
            (mined, kept) = (pool.Count, sampler.SampledSteps);
            examples.AddRange(EftExamples.ToSft(EftExamples.Draw(sampler, options.EftCount, options.Seed + 7)));
        }
        log($"data: {problems.Count} IFT, {options.EftCount} EFT (sampled wrong steps: {kept} kept of {mined} mined), built in {clock.Elapsed.TotalSeconds:F1}s");

        using var model = options.BaseModel is null
            ? Qwen2ForCausalLM.Create(WorldModelShape.For(options.Size, tokenizer.VocabSize), CPU, ModelDtype.Float32, options.Seed)
            : WorldModelFiles.Load(options.BaseModel).Model;
        log($"model: {model.parameters().Sum(p => p.numel()):N0} parameters, d={model.Config.HiddenSize}, layers={model.Config.NumHiddenLayers}" +
            (options.BaseModel is null ? " (from scratch)" : $" (from {options.BaseModel})") + $", {options.Precision}");
        var trainClock = Stopwatch.StartNew();
        var config = new SftConfig
        {
            Steps = options.Steps, BatchSize = options.BatchSize, LearningRate = options.LearningRate,
            WarmupSteps = options.WarmupSteps, Seed = options.Seed, CheckpointEvery = 100, MaxSequenceTokens = 384,
            ComputeDtype = options.Precision.ToModelDtype(), MatmulDtype = options.Precision.ToMatmulDtype(),
        };
        var progress = new TrainingLog(options, model, tokenizer, trainClock, log);
        var result = new SftTrainer(model, tokenizer, config).Train(examples, Path.Combine(options.OutputDir, "checkpoints"), progress, cancellationToken);
        WorldModelFiles.Save(model, tokenizer, options.OutputDir);
        var summary = new WorldTrainingSummary(options, model.parameters().Sum(p => p.numel()), problems.Count, options.EftCount,
            mined, kept, result.History.Count, result.ResumedFromStep, trainClock.Elapsed.TotalSeconds,
            result.History.Count > 0 ? result.History[^1].Loss : double.NaN);
        WorldTrainingSummary.Write(summary, Path.Combine(options.OutputDir, "training.json"));
        log(string.Create(CultureInfo.InvariantCulture, $"done: {summary.StepsRun} steps in {summary.TrainSeconds:F0}s, final loss {summary.FinalLoss:F4}; model in {options.OutputDir}"));
        return summary;
    }

    private async Task<IReadOnlyList<SampledWrongStep>> MineAsync(IReadOnlyList<World.Problems.WorldProblem> problems, CancellationToken ct)
    {
        if (options.WeakModel is null || options.MineProblems == 0)
            return [];
        var (weak, tokenizer) = WorldModelFiles.Load(options.WeakModel);
        using (weak)
        {
            var policy = new GeneratorStepPolicy(new TextGenerator(weak, tokenizer));
            var clock = Stopwatch.StartNew();
            var (wrong, sampled) = await WrongStepMiner.MineAsync(policy, problems.Take(options.MineProblems).ToList(), 4, 1.0,
                options.Seed + 11, cancellationToken: ct).ConfigureAwait(false);
            log($"mined {wrong.Count} distinct wrong steps from {sampled} samples of {options.WeakModel} in {clock.Elapsed.TotalSeconds:F0}s");
            return wrong;
        }
    }
}
