using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Training.Losses;
using Psr.Training.Sft;

namespace Psr.Pipeline.Stages;

/// <summary>
/// One round of the "more of the same training" control: the previous model continues SFT on the run's own IFT + EFT
/// seed data for the round's step-DPO dose (<see cref="ContinuedSftConfig"/>). Checkpoints go to <c>checkpoints/</c>
/// every <c>sft.checkpointEvery</c> steps, so a killed round resumes and ends as an uninterrupted one would.
/// </summary>
public sealed class ContinuedSftStage(RunConfig config, int roundIndex, IReadOnlyList<string> modelArtifacts, IProgress<StageProgress>? progress = null) : IStage
{
    /// <summary>The loss curve.</summary>
    public const string HistoryFile = "history.jsonl";

    /// <summary>The id of the continued-SFT stage of round <paramref name="roundIndex"/> (0-based over <c>rounds</c>).</summary>
    public static StageId StageIdOf(int roundIndex) => new(RunLayout.RoundOf(roundIndex), "continued-sft");

    /// <summary>Run-relative paths of the model this stage writes.</summary>
    public static IReadOnlyList<string> ModelArtifactsOf(int roundIndex) => ModelFolder.Artifacts(RunLayout.StageFolder(StageIdOf(roundIndex)));

    /// <inheritdoc />
    public StageId Id => StageIdOf(roundIndex);

    /// <inheritdoc />
    public string ConfigHash => config.Sft.LossNormalization == LossNormalization.Tokens
        ? BaseHash
        : ArtifactJson.HashOf(new { Base = BaseHash, config.Sft.LossNormalization }); // the token mean keeps earlier runs' hashes

    private string BaseHash => config.Sft.IftRepeat is { } repeat
        ? ArtifactJson.HashOf(new { Trainer = HashedShape(ContinuedSftConfig.TrainerOf(config, roundIndex)), Round = Id.Round, IftRepeat = repeat })
        : ArtifactJson.HashOf(new { Trainer = HashedShape(ContinuedSftConfig.TrainerOf(config, roundIndex)), Round = Id.Round });

    // The trainer settings in the shape (names, order, every member) of the trainer record this hash was first taken
    // over, before the run's and the trainer's SFT records became one: finished rounds keep their hash.
    private static object HashedShape(SftConfig t) => new
    {
        t.LearningRate, t.WarmupSteps, t.MinLrRatio, Epochs = 1, MaxSteps = (int?)t.Steps, t.WeightDecay, t.AdamW.Beta1, t.AdamW.Beta2,
        t.AdamW.Epsilon, t.AdamW.GradClip, t.BatchSize, t.AccumulationSteps, t.BucketBatches, MaxSequenceLength = t.MaxSequenceTokens,
        t.Eos, t.CheckpointEvery, t.KeepCheckpoints, t.Seed, t.ComputeDtype,
    };

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [IftStage.Artifact, EftStage.Artifact(EftStage.TrainFile), .. modelArtifacts];

    /// <inheritdoc />
    public Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var examples = SeedSftExamples.ReadForInit(context.Run, config);
        var (model, tokenizer) = ModelFolder.Load(context.Run.Resolve(Path.GetDirectoryName(modelArtifacts[0])!));
        using (model)
        {
            using var history = context.OpenProgress<ContinuedSftPoint>("history.progress.jsonl");
            var trainer = ContinuedSftConfig.TrainerOf(config, roundIndex);
            var result = new SftTrainer(model, tokenizer, trainer)
                .Train(examples, context.PathOf("checkpoints"), new Sink(history, progress, $"{Id.Folder} steps"), cancellationToken);
            ModelFolder.Save(model, tokenizer, context.PathOf(ModelFolder.Name));
            var curve = history.Records.GroupBy(p => p.Step).Select(g => g.Last()).OrderBy(p => p.Step).ToList();
            ArtifactJsonl.Write(context.PathOf(HistoryFile), curve);
            var counts = new Dictionary<string, long>
            {
                ["examples"] = examples.Count,
                ["steps"] = trainer.Steps,
                ["batchSize"] = trainer.BatchSize,
                ["tokens"] = curve.Count > 0 ? curve[^1].TokensSeen : 0,
                ["resumedFromStep"] = result.ResumedFromStep,
                ["truncatedExamples"] = result.TruncatedExamples,
            };
            return Task.FromResult(new StageOutcome([.. ModelArtifactsOf(roundIndex), context.Artifact(HistoryFile)], counts));
        }
    }

    /// <summary>Appends each step to the history log and reports it.</summary>
    private sealed class Sink(ProgressLog<ContinuedSftPoint> log, IProgress<StageProgress>? progress, string task) : IProgress<TrainProgress>
    {
        public void Report(TrainProgress value)
        {
            log.Append([new ContinuedSftPoint(value.Step, value.Loss, value.LearningRate, value.GradNorm, value.TokensSeen)]);
            progress?.Report(new StageProgress(task, value.Step, value.TotalSteps));
        }
    }
}
