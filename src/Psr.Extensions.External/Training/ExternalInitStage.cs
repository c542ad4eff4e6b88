using Psr.Extensions.External.Exports;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Roles.Backends;
using Psr.World.Eft;

namespace Psr.Extensions.External.Training;

/// <summary>
/// Init (M1) by an external command (<see cref="ExternalTrainerConfig.SftCommand"/>) in place of
/// <see cref="InitStage"/>, under the same stage id: exports IFT + EFT train as TRL SFT data
/// (<c>export/sft.jsonl</c>, <see cref="SeedSftExporter"/>), runs the command with <c>{mode}</c> = <c>sft</c>,
/// <c>{base}</c> = the base model and <c>{output}</c> = the stage's <c>model/</c> folder (emptied first), checks the
/// Hugging Face checkpoint it wrote and lists its files in <c>checkpoint-files.json</c>, which later stages hash.
/// </summary>
public sealed class ExternalInitStage(RunConfig config, IProgress<StageProgress>? progress = null) : IStage
{
    /// <summary>Run-relative paths later stages take as M1 (the folder is the first one's).</summary>
    public static IReadOnlyList<string> ModelArtifacts { get; } =
        [RunLayout.Artifact(InitStage.StageId, $"{ModelFolder.Name}/config.json"), RunLayout.Artifact(InitStage.StageId, ExternalTrainStage.FilesList)];

    private static string EftArtifact => EftStage.Artifact(EftStage.TrainFile);

    /// <inheritdoc />
    public StageId Id => InitStage.StageId;

    /// <inheritdoc />
    public string ConfigHash => ArtifactJson.HashOf(new { config.Backends.Trainer, config.Model.Checkpoint, config.Seeds.Run });

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [IftStage.Artifact, EftArtifact];

    /// <inheritdoc />
    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trainer = config.Backends.Trainer;
        var ift = ArtifactJsonl.Read<IftRecord>(context.Run.Resolve(IftStage.Artifact));
        var eft = ArtifactJsonl.Read<EftExample>(context.Run.Resolve(EftArtifact));
        var exportDir = context.PathOf(ExternalTrainStage.ExportFolder);
        var file = new SeedSftExporter(trainer.PromptStyle).Export(ift.Select(r => (r.Question, r.Steps)), eft, trainer.Format, exportDir);
        var output = context.PathOf(ModelFolder.Name);
        if (Directory.Exists(output))
            Directory.Delete(output, recursive: true); // a killed earlier attempt's half-written checkpoint
        Directory.CreateDirectory(output);
        var values = TrainerCommandLine.Values(Path.GetFullPath(exportDir), config.Model.ResolvedCheckpoint()!, Path.GetFullPath(output),
            Path.GetFullPath(context.Run.ConfigPath), config.Seeds.Run, "M1", mode: "sft");
        var lines = 0;
        await TrainerRunner.RunAsync(TrainerCommandLine.Fill(trainer.SftCommand!, values, OperatingSystem.IsWindows()), context.Run.Root,
            context.PathOf(ExternalTrainStage.LogFile), trainer.TimeoutMinutes > 0 ? TimeSpan.FromMinutes(trainer.TimeoutMinutes) : null,
            _ => progress?.Report(new StageProgress($"{Id.Folder} external SFT trainer (log lines)", Interlocked.Increment(ref lines), 0)),
            cancellationToken).ConfigureAwait(false);
        CheckpointFiles.Check(output, $"external SFT trainer `{trainer.SftCommand}`");
        CheckpointFiles.Write(output, context.PathOf(ExternalTrainStage.FilesList));
        var counts = new Dictionary<string, long> { ["iftExamples"] = ift.Count, ["eftExamples"] = eft.Count, ["trainerLogLines"] = lines };
        return new StageOutcome([.. ModelArtifacts, context.Artifact(ExternalTrainStage.LogFile),
            context.Artifact($"{ExternalTrainStage.ExportFolder}/{Path.GetFileName(file)}")], counts);
    }
}
