using Psr.Extensions.External.Exports;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Search;
using Psr.Pipeline.Stages;
using Psr.Roles.Backends;

namespace Psr.Extensions.External.Training;

/// <summary>
/// Training of round <c>k</c> by an external command (<see cref="ExternalTrainerConfig"/>) in place of
/// <see cref="DpoStage"/>, under the same stage id: exports the round's pairs (<c>export/</c>), runs the command
/// (log in <c>trainer.log</c>) with <c>{output}</c> = the stage's <c>model/</c> folder, emptied first, checks the
/// checkpoint it wrote and lists its files in <c>checkpoint-files.json</c>. A killed or failed stage reruns the
/// command from the unchanged previous model.
/// </summary>
public sealed class ExternalTrainStage(RunConfig config, int roundIndex, IReadOnlyList<string> modelArtifacts, IProgress<StageProgress>? progress = null) : IStage
{
    /// <summary>The trainer's output log.</summary>
    public const string LogFile = "trainer.log";

    /// <summary>The exported files' folder.</summary>
    public const string ExportFolder = "export";

    /// <summary>The checkpoint's file list (name, SHA-256, size): what later stages hash.</summary>
    public const string FilesList = "checkpoint-files.json";

    /// <summary>Run-relative paths later stages take as this stage's model (the folder is the first one's).</summary>
    public static IReadOnlyList<string> ModelArtifactsOf(int roundIndex)
    {
        var folder = RunLayout.StageFolder(DpoStage.StageIdOf(roundIndex));
        return [$"{folder}/{ModelFolder.Name}/config.json", $"{folder}/{FilesList}"];
    }

    private string PairsArtifact => RunLayout.Artifact(RoundSearchStage.StageIdOf(roundIndex), SearchStage.PairsFile);

    /// <inheritdoc />
    public StageId Id => DpoStage.StageIdOf(roundIndex);

    /// <inheritdoc />
    public string ConfigHash => ArtifactJson.HashOf(new { config.Backends.Trainer, config.Dpo, config.Seeds.Run, Round = Id.Round });

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [PairsArtifact, .. modelArtifacts];

    /// <inheritdoc />
    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trainer = config.Backends.Trainer;
        var pairs = ArtifactJsonl.Read<StepPair>(context.Run.Resolve(PairsArtifact));
        var exportDir = context.PathOf(ExportFolder);
        var export = new PairExporter(trainer.PromptStyle).Export(pairs, trainer.Format, exportDir);
        var output = context.PathOf(ModelFolder.Name);
        if (Directory.Exists(output))
            Directory.Delete(output, recursive: true); // a killed earlier attempt's half-written checkpoint
        Directory.CreateDirectory(output);
        var values = TrainerCommandLine.Values(Path.GetFullPath(exportDir), Path.GetFullPath(context.Run.Resolve(Path.GetDirectoryName(modelArtifacts[0])!)),
            Path.GetFullPath(output), Path.GetFullPath(context.Run.ConfigPath), config.Seeds.Run + Id.Round, config.Rounds[roundIndex].Name);
        var commandLine = TrainerCommandLine.Fill(trainer.Command!, values, OperatingSystem.IsWindows());
        var lines = 0;
        if (pairs.Count == 0)
            CarryOver(values["{base}"], output); // like step-DPO: no pairs, the model is carried over unchanged
        else
            await TrainerRunner.RunAsync(commandLine, context.Run.Root, context.PathOf(LogFile),
                trainer.TimeoutMinutes > 0 ? TimeSpan.FromMinutes(trainer.TimeoutMinutes) : null,
                _ => progress?.Report(new StageProgress($"{Id.Folder} external trainer (log lines)", Interlocked.Increment(ref lines), 0)),
                cancellationToken).ConfigureAwait(false);
        CheckpointFiles.Check(output, $"external trainer `{trainer.Command}`");
        CheckpointFiles.Write(output, context.PathOf(FilesList));
        var counts = new Dictionary<string, long> { ["pairs"] = pairs.Count, ["exportedFiles"] = export.Files.Count, ["trainerLogLines"] = lines };
        return new StageOutcome([.. ModelArtifactsOf(roundIndex), context.Artifact(LogFile), .. export.Files.Select(f => context.Artifact($"{ExportFolder}/{Path.GetFileName(f)}"))], counts);
    }

    private static void CarryOver(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }
}
