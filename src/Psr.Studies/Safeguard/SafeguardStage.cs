using System.Text.Json;
using Psr.Core.Errors;
using Psr.Core.IO;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;

namespace Psr.Studies.Safeguard;

/// <summary>
/// The optional safeguard of round <c>k</c>, after its step-DPO: measures the held-out dev signal (<see cref="IDevSignal"/>,
/// by default <see cref="WorldDevSignal"/>) of the round's starting model and of the trained model, decides with
/// <see cref="SafeguardVerdict.Decide"/>, and copies the model the next round starts from into <c>model/</c> — the trained
/// one if accepted (or stopped), the starting one if rejected — so the stage list stays fixed and hashable.
/// </summary>
public sealed class SafeguardStage(RunConfig config, int roundIndex, IReadOnlyList<string> startModel, IReadOnlyList<string> trainedModel,
    IProgress<StageProgress>? progress = null, IDevSignal? signal = null) : IStage, IStopsRun
{
    /// <summary>The verdict file.</summary>
    public const string VerdictFile = "safeguard.json";

    /// <summary>The id of the safeguard stage of round <paramref name="roundIndex"/> (0-based over <c>rounds</c>).</summary>
    public static StageId StageIdOf(int roundIndex) => new(RunLayout.RoundOf(roundIndex), "safeguard");

    /// <summary>Run-relative paths of the model the next round starts from.</summary>
    public static IReadOnlyList<string> ModelArtifactsOf(int roundIndex) => ModelFolder.Artifacts(RunLayout.StageFolder(StageIdOf(roundIndex)));

    /// <inheritdoc />
    public StageId Id => StageIdOf(roundIndex);

    /// <inheritdoc />
    public string ConfigHash => ArtifactJson.HashOf(new
    {
        config.Data.World, config.Data.EftTestPairs, config.Safeguard, config.Judge, config.Evaluation.BatchSize,
        config.Evaluation.MaxSolutionTokens, config.Search.JudgeBatchSize, config.Seeds, Round = config.Rounds[roundIndex].Name,
    });

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [.. startModel, .. trainedModel];

    /// <inheritdoc />
    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var guard = config.Safeguard;
        var dev = signal ?? new WorldDevSignal(config, progress);
        var outputs = new List<string>();
        var items = dev.Items;
        var start = await dev.MeasureAsync(context, "start", Folder(startModel), outputs, cancellationToken).ConfigureAwait(false);
        var trained = await dev.MeasureAsync(context, "trained", Folder(trainedModel), outputs, cancellationToken).ConfigureAwait(false);
        var decision = SafeguardVerdict.Decide(start, trained, guard);
        var next = decision == SafeguardDecision.Rejected ? startModel : trainedModel;
        var verdict = new SafeguardVerdict(config.Rounds[roundIndex].Name, guard.Signal, items, Folder(startModel), Folder(trainedModel),
            start, trained, start - trained, guard.MaxDrop, guard.Action, decision, Folder(next));
        CopyModel(context, next);
        AtomicFile.WriteAllText(context.PathOf(VerdictFile), JsonSerializer.Serialize(verdict, ArtifactJson.Indented) + "\n");
        var counts = new Dictionary<string, long>
        {
            ["devItems"] = items,
            ["accepted"] = decision == SafeguardDecision.Accepted ? 1 : 0,
            ["rejected"] = decision == SafeguardDecision.Rejected ? 1 : 0,
            ["stopped"] = decision == SafeguardDecision.Stopped ? 1 : 0,
        };
        return new StageOutcome([context.Artifact(VerdictFile), .. ModelArtifactsOf(roundIndex), .. outputs], counts);
    }

    /// <summary>The verdict of round <paramref name="roundIndex"/>'s safeguard, or null when that stage has not finished.</summary>
    public static SafeguardVerdict? Read(RunDirectory run, int roundIndex)
    {
        ArgumentNullException.ThrowIfNull(run);
        var path = Path.Combine(run.StageDirectory(StageIdOf(roundIndex)), VerdictFile);
        if (!File.Exists(path))
            return null;
        return JsonSerializer.Deserialize<SafeguardVerdict>(File.ReadAllText(path), ArtifactJson.Indented)
            ?? throw new PsrException($"{path}: empty safeguard verdict");
    }

    /// <inheritdoc />
    public bool StopsRun(RunDirectory run) => Read(run, roundIndex)?.Decision == SafeguardDecision.Stopped;

    private static void CopyModel(StageContext context, IReadOnlyList<string> model)
    {
        Directory.CreateDirectory(context.PathOf(ModelFolder.Name));
        foreach (var file in model)
            AtomicFile.Write(context.PathOf($"{ModelFolder.Name}/{Path.GetFileName(file)}"), s =>
            {
                using var source = File.OpenRead(context.Run.Resolve(file));
                source.CopyTo(s);
            });
    }

    private static string Folder(IReadOnlyList<string> model) => Path.GetDirectoryName(model[0])!.Replace('\\', '/');
}
