using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.World.Eft;

namespace Psr.Extensions.RealData.Stages;

/// <summary>
/// EFT of a benchmark run until the real-data EFT stage exists: reads a ready EFT file (<c>data.eftPath</c>) and,
/// when given, its test file (<c>data.eftTestPath</c>) in psr's EFT JSONL format (<see cref="EftExample"/>), checks
/// every line (and that each test prompt is psr's judge format, which judge accuracy rebuilds), and writes them as the stage's <c>eft-train.jsonl</c> / <c>eft-test.jsonl</c> (empty without a test
/// file: judge accuracy is then not measured). Same stage id and artifacts as <see cref="EftStage"/>, so the stages
/// after it do not care which one ran (<see cref="StagePlan"/> chooses).
/// </summary>
public sealed class ReadyEftStage(RunConfig config) : IStage
{
    /// <inheritdoc />
    public StageId Id => EftStage.StageId;

    /// <inheritdoc />
    public string ConfigHash => ArtifactJson.HashOf(new { config.Data.EftPath, config.Data.EftTestPath });

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => config.Data.EftTestPath is { } test
        ? [Path.GetFullPath(config.Data.EftPath!), Path.GetFullPath(test)]
        : [Path.GetFullPath(config.Data.EftPath!)];

    /// <inheritdoc />
    public Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var train = Read(config.Data.EftPath!);
        var test = config.Data.EftTestPath is { } path ? Read(path) : [];
        foreach (var example in test)
            _ = JudgeEvaluation.Context(example); // judge accuracy rebuilds each comparison: fail here, not after M1's training
        ArtifactJsonl.Write(context.PathOf(EftStage.TrainFile), train);
        ArtifactJsonl.Write(context.PathOf(EftStage.TestFile), test);
        var counts = new Dictionary<string, long> { ["train"] = train.Count, ["test"] = test.Count };
        return Task.FromResult(new StageOutcome([context.Artifact(EftStage.TrainFile), context.Artifact(EftStage.TestFile)], counts));
    }

    private static List<EftExample> Read(string path)
    {
        if (!File.Exists(path))
            throw new PsrException($"{path}: EFT file not found");
        var examples = ArtifactJsonl.Read<EftExample>(path);
        return examples.Count > 0 ? examples : throw new PsrException($"{path}: no EFT examples");
    }
}
