using Psr.Eval.Benchmarks;
using Psr.Extensions.RealData.Segmentation;
using Psr.Pipeline.Config;
using Psr.Pipeline.Runs;
using Psr.Pipeline.Stages;
using Psr.Roles;

namespace Psr.Extensions.RealData.Stages;

/// <summary>
/// IFT of a benchmark run: the gold solutions of <see cref="BenchmarkQuestions.Ift"/>, split into steps by
/// <see cref="Gsm8kStepSplitter"/> (<c>data.segmentation = RuleBased</c>) or by the served segmenter with the Figure 3
/// prompt (<c>Model</c>, greedy, resumable per batch of items), as <c>ift.jsonl</c> (<see cref="BenchmarkIftRecord"/>).
/// Solutions that cannot be split go to <c>ift-unsplit.jsonl</c> and are counted per reason (<c>unsplit…</c>).
/// </summary>
public sealed class BenchmarkIftStage(RunConfig config, IRemoteRoles? remote = null) : IStage
{
    /// <summary>The unsplit solutions.</summary>
    public const string UnsplitFile = "ift-unsplit.jsonl";

    // Items per segmenter call: the resume granularity (requests inside run concurrently up to the endpoint's limit).
    private const int SegmenterBatch = 32;

    /// <inheritdoc />
    public StageId Id => IftStage.StageId;

    /// <inheritdoc />
    public string ConfigHash => ArtifactJson.HashOf(new
    {
        config.Data.BenchmarkPath, config.Data.BenchmarkFormat, config.Data.Segmentation, config.Data.IftProblems, config.Data.SegmenterMaxTokens, config.Seeds.Data,
    });

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [Path.GetFullPath(config.Data.BenchmarkPath!)];

    /// <inheritdoc />
    public async Task<StageOutcome> RunAsync(StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = new BenchmarkQuestions(config).Ift();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        List<(BenchmarkItem Item, SegmentedSolution Split, string? Output)> results;
        if (config.Data.Segmentation == StepSegmentation.RuleBased)
            results = items.Select(i => (i, i.Solution is { } s ? Gsm8kStepSplitter.Split(s) : SegmentedSolution.Failed(SegmentFailure.NoSolution), (string?)null)).ToList();
        else
            results = await SegmentAsync(context, items, counts, cancellationToken).ConfigureAwait(false);

        var split = results.Where(r => r.Split.IsSplit).Select(r => new BenchmarkIftRecord(r.Item.Id, r.Item.Question, r.Item.Answer, r.Split.Steps)).ToList();
        var unsplit = results.Where(r => !r.Split.IsSplit).Select(r => new UnsplitRecord(r.Item.Id, r.Split.Failure, r.Output)).ToList();
        ArtifactJsonl.Write(context.PathOf(IftStage.FileName), split);
        ArtifactJsonl.Write(context.PathOf(UnsplitFile), unsplit);
        counts["problems"] = items.Count;
        counts["split"] = split.Count;
        counts["unsplit"] = unsplit.Count;
        counts["steps"] = split.Sum(r => (long)r.Steps.Count);
        foreach (var failure in Enum.GetValues<SegmentFailure>().Where(f => f != SegmentFailure.None))
            counts["unsplit" + failure] = unsplit.Count(u => u.Failure == failure);
        return new StageOutcome([context.Artifact(IftStage.FileName), context.Artifact(UnsplitFile)], counts);
    }

    private async Task<List<(BenchmarkItem, SegmentedSolution, string?)>> SegmentAsync(StageContext context, IReadOnlyList<BenchmarkItem> items,
        SortedDictionary<string, long> counts, CancellationToken ct)
    {
        using var segmenter = remote!.OpenSegmenter(config.Backends);
        using var log = context.OpenProgress<SegmenterAnswer>();
        var done = log.Records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var chunk in items.Where(i => i.Solution is not null && !done.Contains(i.Id)).Chunk(SegmenterBatch))
        {
            var prompts = chunk.Select(i => SegmentationPrompt.Format(i.Question, i.Solution!)).ToList();
            var outputs = await segmenter.Solver.SolveAsync(prompts, config.Data.SegmenterMaxTokens, ct).ConfigureAwait(false);
            log.Append(chunk.Select((item, k) => new SegmenterAnswer(item.Id, outputs[k])));
        }
        foreach (var (key, value) in segmenter.Counts())
            counts[key] = value;
        var byId = log.Records.ToDictionary(r => r.Id, r => r.Output, StringComparer.Ordinal);
        return items.Select(i => byId.TryGetValue(i.Id, out var output)
            ? (i, StepListParser.Parse(output), (string?)output)
            : (i, SegmentedSolution.Failed(SegmentFailure.NoSolution), null)).ToList();
    }
}
