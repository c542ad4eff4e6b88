using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using Psr.Pipeline.Config;
using Psr.Pipeline.Outcome;
using Psr.Pipeline.Runs;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.WorldModels;
using Psr.Training.Data;
using Psr.Training.Sft;
using Psr.World.Eft;
using static TorchSharp.torch;

namespace Psr.Pipeline.Stages;

/// <summary>
/// Init (M1): SFT on IFT + EFT, from the base checkpoint (<c>model.checkpoint</c>) or from scratch in the world
/// shape of <c>model.size</c>. <see cref="SftTrainer"/> checkpoints go to <c>checkpoints/</c> every
/// <c>sft.checkpointEvery</c> steps, so a killed Init resumes from the newest one and ends bit-identically; the
/// model goes to <c>model/</c> and the loss curve to <c>history.jsonl</c>; with <c>sft.devEvery</c> the dev-accuracy
/// learning curve to <c>dev-curve.jsonl</c> (<see cref="InitDevCurve"/>).
/// </summary>
public sealed class InitStage(RunConfig config, IProgress<StageProgress>? progress = null) : IStage
{
    private SelfRewardingMethod Method => config.Experiment.Method;

    /// <summary>The EFT artifact M1 learns from: step-judge examples, or whole-solution scoring examples for the outcome baseline.</summary>
    private string EftArtifact => Method == SelfRewardingMethod.Outcome
        ? ScoreEftStage.Artifact(ScoreEftStage.TrainFile)
        : EftStage.Artifact(EftStage.TrainFile);

    /// <summary>The loss curve.</summary>
    public const string HistoryFile = "history.jsonl";

    /// <summary>The stage's id.</summary>
    public static StageId StageId { get; } = new(RunLayout.InitRound, "init");

    /// <summary>Run-relative paths of the M1 model files.</summary>
    public static IReadOnlyList<string> ModelArtifacts => ModelFolder.Artifacts(RunLayout.StageFolder(StageId));

    /// <inheritdoc />
    public StageId Id => StageId;

    /// <inheritdoc />
    public string ConfigHash => Method == SelfRewardingMethod.Outcome
        ? ArtifactJson.HashOf(new { config.Model, Sft, config.Seeds.Run, Eft = EftArtifact })
        : ArtifactJson.HashOf(new { config.Model, Sft, config.Seeds.Run });

    // Without the learning curve its size is left out, so turning nothing on keeps earlier runs' Init hash.
    private InitSftConfig Sft => config.Sft.DevEvery > 0 ? config.Sft : config.Sft with { DevProblems = 0 };

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => config.Model.ResolvedCheckpoint() is { } baseModel
        ? [IftStage.Artifact, EftArtifact, .. ModelFolder.FileNames.Select(f => Path.Combine(baseModel, f))]
        : [IftStage.Artifact, EftArtifact];

    /// <inheritdoc />
    public Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var examples = SeedSftExamples.ReadForInit(context.Run, config);
        var (model, tokenizer) = CreateModel();
        using (model)
        {
            using var history = context.OpenProgress<LossPoint>("history.progress.jsonl");
            var sink = new SftSink(history, progress, $"{Id.Folder} sft steps");
            var trainer = config.Sft.ForTrainer(config.Seeds.Run, config.Model.TrainingPrecision);
            using var dev = config.Sft.DevEvery > 0 ? new InitDevCurve(config, context, model, tokenizer) : null;
            dev?.Measure(0); // the starting model (skipped when a resumed run has it)
            var result = new SftTrainer(model, tokenizer, trainer)
                .Train(examples, context.PathOf("checkpoints"), sink, cancellationToken, dev is null ? null : dev.Measure);
            ModelFolder.Save(model, tokenizer, context.PathOf(ModelFolder.Name));
            var curve = history.Records.GroupBy(p => p.Step).Select(g => g.Last()).OrderBy(p => p.Step).ToList();
            ArtifactJsonl.Write(context.PathOf(HistoryFile), curve);
            List<string> outputs = [.. ModelArtifacts, context.Artifact(HistoryFile)];
            if (dev is not null)
            {
                ArtifactJsonl.Write(context.PathOf(InitDevCurve.CurveFile), dev.Curve());
                outputs.Add(context.Artifact(InitDevCurve.CurveFile));
            }
            var counts = new Dictionary<string, long>
            {
                ["examples"] = examples.Count,
                ["steps"] = config.Sft.Steps,
                ["resumedFromStep"] = result.ResumedFromStep,
                ["truncatedExamples"] = result.TruncatedExamples,
                ["parameters"] = model.parameters().Sum(p => p.numel()),
            };
            if (dev is not null)
                counts["devPoints"] = dev.Curve().Count;
            return Task.FromResult(new StageOutcome(outputs, counts));
        }
    }


    private (Qwen2ForCausalLM Model, CharTokenizer Tokenizer) CreateModel()
    {
        if (config.Model.ResolvedCheckpoint() is { } baseModel)
            return ModelFolder.Load(baseModel);
        var tokenizer = WorldTokenizer.Create();
        var shape = WorldModelShape.For(config.Model.Size, tokenizer.VocabSize);
        return (Qwen2ForCausalLM.Create(shape, CPU, ModelDtype.Float32, config.Seeds.Run), tokenizer);
    }

    /// <summary>Appends each step to the history log and reports it.</summary>
    private sealed class SftSink(ProgressLog<LossPoint> log, IProgress<StageProgress>? progress, string task) : IProgress<TrainProgress>
    {
        public void Report(TrainProgress value)
        {
            log.Append([new LossPoint(value.Step, value.Loss, value.LearningRate, value.GradNorm)]);
            progress?.Report(new StageProgress(task, value.Step, value.TotalSteps));
        }
    }
}
