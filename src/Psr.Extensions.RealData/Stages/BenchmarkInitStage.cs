using System.Text.Json.Nodes;
using Psr.Core.IO;
using Psr.Extensions.External.Training;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Roles.Backends;
using Psr.Roles.Prompts;
using Psr.World.Eft;

namespace Psr.Extensions.RealData.Stages;

/// <summary>
/// Init (M1) of a benchmark run by the external trainer (<c>backends.trainer.sftCommand</c>, else <c>backends.trainer.command</c>) under
/// <see cref="InitStage"/>'s id: exports IFT + EFT as one TRL prompt–completion file <c>export/sft.jsonl</c> (IFT:
/// Figure 4 prompt ending in <c>Step 1:</c>, completion = the steps with their headers; EFT: judge prompt → target),
/// runs the command with <c>{round}</c> = <c>M1</c>, <c>{mode}</c> = <c>sft</c> and <c>{base}</c> = <c>model.checkpoint</c> (M0), then checks the
/// checkpoint and lists its files like <see cref="ExternalTrainStage"/>. The script tells SFT from step-DPO by
/// <c>{round}</c> (M1) or by the export holding no <c>preference.jsonl</c>.
/// </summary>
public sealed class BenchmarkInitStage(RunConfig config, IProgress<StageProgress>? progress = null) : IStage
{
    /// <summary>Run-relative paths later stages take as M1 (the folder is the first one's).</summary>
    public static IReadOnlyList<string> ModelArtifacts { get; } =
        [RunLayout.Artifact(InitStage.StageId, $"{ModelFolder.Name}/config.json"), RunLayout.Artifact(InitStage.StageId, ExternalTrainStage.FilesList)];

    /// <inheritdoc />
    public StageId Id => InitStage.StageId;

    /// <inheritdoc />
    public string ConfigHash => ArtifactJson.HashOf(new { config.Backends.Trainer, config.Model.Checkpoint, config.Seeds.Run });

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [IftStage.Artifact, EftStage.Artifact(EftStage.TrainFile)];

    /// <inheritdoc />
    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trainer = config.Backends.Trainer;
        var ift = ArtifactJsonl.Read<BenchmarkIftRecord>(context.Run.Resolve(IftStage.Artifact));
        var eft = ArtifactJsonl.Read<EftExample>(context.Run.Resolve(EftStage.Artifact(EftStage.TrainFile)));
        var exportDir = context.PathOf(ExternalTrainStage.ExportFolder);
        Directory.CreateDirectory(exportDir);
        var rows = ift.Select(IftRow).Concat(eft.Select(e => Row(e.Prompt, e.Target)));
        AtomicFile.WriteAllText(Path.Combine(exportDir, "sft.jsonl"), string.Concat(rows.Select(r => r.ToJsonString() + "\n")));
        var output = context.PathOf(ModelFolder.Name);
        if (Directory.Exists(output))
            Directory.Delete(output, recursive: true); // a killed earlier attempt's half-written checkpoint
        Directory.CreateDirectory(output);
        var baseModel = config.Model.ResolvedCheckpoint() is { } checkpoint ? Path.GetFullPath(checkpoint) : "";
        var values = TrainerCommandLine.Values(Path.GetFullPath(exportDir), baseModel, Path.GetFullPath(output),
            Path.GetFullPath(context.Run.ConfigPath), config.Seeds.Run + Id.Round, "M1", mode: "sft");
        var command = trainer.SftCommand ?? trainer.Command!;
        var lines = 0;
        await TrainerRunner.RunAsync(TrainerCommandLine.Fill(command, values, OperatingSystem.IsWindows()), context.Run.Root,
            context.PathOf(ExternalTrainStage.LogFile), trainer.TimeoutMinutes > 0 ? TimeSpan.FromMinutes(trainer.TimeoutMinutes) : null,
            _ => progress?.Report(new StageProgress($"{Id.Folder} external trainer (log lines)", Interlocked.Increment(ref lines), 0)),
            cancellationToken).ConfigureAwait(false);
        CheckpointFiles.Check(output, $"external trainer `{command}`");
        CheckpointFiles.Write(output, context.PathOf(ExternalTrainStage.FilesList));
        var counts = new Dictionary<string, long> { ["iftExamples"] = ift.Count, ["eftExamples"] = eft.Count, ["trainerLogLines"] = lines };
        return new StageOutcome([.. ModelArtifacts, context.Artifact(ExternalTrainStage.LogFile), context.Artifact($"{ExternalTrainStage.ExportFolder}/sft.jsonl")], counts);
    }

    /// <summary>One IFT row: the prompt a search starts from (ending in <c>Step 1:</c>) and the rest of the solution.</summary>
    public static JsonObject IftRow(BenchmarkIftRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var completion = string.Join("\n", record.Steps.Select((s, i) => i == 0 ? s : $"Step {i + 1}:{s}"));
        return Row(StepPromptText.Prompt(PromptStyle.Paper, record.Question, []), completion);
    }

    private static JsonObject Row(string prompt, string completion) => new() { ["prompt"] = prompt, ["completion"] = completion };
}
