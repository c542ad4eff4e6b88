using Psr.Model.Qwen2;
using Psr.Model.Tokenization;
using Psr.Pipeline.Config;
using Psr.Pipeline.Outcome;
using Psr.Pipeline.Runs;
using Psr.Pipeline.SeedData;
using Psr.Pipeline.WorldTraining;
using Psr.Training.Data;
using Psr.Training.Sft;
using Psr.World.Eft;
using static TorchSharp.torch;

namespace Psr.Pipeline.Stages;

/// <summary>
/// Init (M1): SFT on IFT + EFT, from the base checkpoint (<c>model.checkpoint</c>) or from scratch in the world
/// shape of <c>model.size</c>. <see cref="SftTrainer"/> checkpoints go to <c>checkpoints/</c> every
/// <c>sft.checkpointEvery</c> steps, so a killed Init resumes from the newest one and ends bit-identically; the
/// model goes to <c>model/</c> and the loss curve to <c>history.jsonl</c>.
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
    public static StageId StageId { get; } = new(1, "init");

    /// <summary>Run-relative paths of the M1 model files.</summary>
    public static IReadOnlyList<string> ModelArtifacts => ModelFolder.Artifacts($"stages/{StageId.Folder}");

    /// <inheritdoc />
    public StageId Id => StageId;

    /// <inheritdoc />
    public string ConfigHash => Method == SelfRewardingMethod.Outcome
        ? ArtifactJson.HashOf(new { config.Model, config.Sft, config.Seeds.Run, Eft = EftArtifact })
        : ArtifactJson.HashOf(new { config.Model, config.Sft, config.Seeds.Run });

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => config.Model.ResolvedCheckpoint() is { } baseModel
        ? [IftStage.Artifact, EftArtifact, .. ModelFolder.FileNames.Select(f => Path.Combine(baseModel, f))]
        : [IftStage.Artifact, EftArtifact];

    /// <inheritdoc />
    public Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var examples = Examples(context.Run);
        var (model, tokenizer) = CreateModel();
        using (model)
        {
            using var history = context.OpenProgress<LossPoint>("history.progress.jsonl");
            var sink = new SftSink(history, progress, $"{Id.Folder} sft steps");
            var result = new SftTrainer(model, tokenizer, config.Sft.ToTrainer(config.Seeds.Run))
                .Train(examples, context.PathOf("checkpoints"), sink, cancellationToken);
            ModelFolder.Save(model, tokenizer, context.PathOf(ModelFolder.Name));
            var curve = history.Records.GroupBy(p => p.Step).Select(g => g.Last()).OrderBy(p => p.Step).ToList();
            ArtifactJsonl.Write(context.PathOf(HistoryFile), curve);
            var counts = new Dictionary<string, long>
            {
                ["examples"] = examples.Count,
                ["steps"] = config.Sft.Steps,
                ["resumedFromStep"] = result.ResumedFromStep,
                ["truncatedExamples"] = result.TruncatedExamples,
                ["parameters"] = model.parameters().Sum(p => p.numel()),
            };
            return Task.FromResult(new StageOutcome([.. ModelArtifacts, context.Artifact(HistoryFile)], counts));
        }
    }

    private List<SftExample> Examples(RunDirectory run) => SeedSftExamples.Read(run, config);

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
