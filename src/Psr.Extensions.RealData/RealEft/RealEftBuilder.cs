using Psr.Pipeline.Config;
using Psr.Roles;
using Psr.Pipeline.Runs;

namespace Psr.Extensions.RealData.RealEft;

/// <summary>
/// Builds EFT from real problems: batches of <see cref="RealEftConfig.ProblemBatch"/> problems are walked together
/// (<see cref="EftTreeWalk"/>), all their candidate pairs annotated in one batch (<see cref="EftAnnotator"/>), and
/// each finished problem appended to the progress log, so a killed build resumes after the last finished batch
/// without redoing or losing a problem.
/// </summary>
public sealed class RealEftBuilder(IStepPolicy policy, IStepScorer scorer, IStepJudge annotator, RealEftConfig config, long seed)
{
    /// <summary>Builds every problem not yet in <paramref name="log"/>; returns the whole result (old and new problems).</summary>
    public async Task<RealEftResult> BuildAsync(IReadOnlyList<EftProblem> problems, ProgressLog<RealEftProblemRecord> log,
        Action<int>? onDone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(log);
        var walk = new EftTreeWalk(policy, scorer, new TreeSettings(config.Width, config.Temperature, config.TopP,
            config.MaxStepTokens, config.MaxDepth, config.ScoreMargin, seed));
        var annotate = new EftAnnotator(annotator, seed);
        var done = log.Records.Select(r => r.ProblemId).ToHashSet(StringComparer.Ordinal);
        onDone?.Invoke(done.Count);
        foreach (var batch in problems.Where(p => !done.Contains(p.Id)).Chunk(config.ProblemBatch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var trees = await walk.WalkAsync(batch, cancellationToken).ConfigureAwait(false);
            var annotated = await annotate.AnnotateAsync(trees.SelectMany(t => t.Pairs).ToList(), cancellationToken).ConfigureAwait(false);
            log.Append(trees.Select(t => Record(t, annotated.Where(a => a.Pair.ProblemId == t.Problem.Id).ToList())));
            onDone?.Invoke(log.Records.Count);
        }
        var byId = log.Records.ToDictionary(r => r.ProblemId, StringComparer.Ordinal);
        return Summarize(problems.Where(p => byId.ContainsKey(p.Id)).Select(p => byId[p.Id]).ToList());
    }

    private RealEftProblemRecord Record(TreeWalkResult tree, IReadOnlyList<AnnotatedPair> pairs) =>
        new(tree.Problem.Id, EftSplit.IsTest(seed, tree.Problem.Id, config.TestFraction), tree.Nodes, pairs,
            pairs.Where(a => a.Decision == EftDecision.Kept).Select(a => EftExampleWriter.From(a, seed)).ToList());

    /// <summary>The examples per split and the count of every node outcome and decision.</summary>
    public static RealEftResult Summarize(IReadOnlyList<RealEftProblemRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var nodes = records.SelectMany(r => r.Nodes).ToList();
        var pairs = records.SelectMany(r => r.Pairs).ToList();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal)
        {
            ["problems"] = records.Count,
            ["testProblems"] = records.Count(r => r.Test),
            ["nodes"] = nodes.Count,
            ["siblings"] = nodes.Sum(n => n.Siblings.Count),
            ["candidatePairs"] = pairs.Count,
            ["annotatorUnparsedVerdicts"] = pairs.Sum(p => (p.BestFirst.Parsed ? 0 : 1) + (p.WorstFirst.Parsed ? 0 : 1)),
        };
        foreach (var outcome in Enum.GetValues<NodeOutcome>())
            counts["nodes" + outcome] = nodes.Count(n => n.Outcome == outcome);
        foreach (var decision in Enum.GetValues<EftDecision>())
            counts["pairs" + decision] = pairs.Count(p => p.Decision == decision);
        var train = records.Where(r => !r.Test).SelectMany(r => r.Examples).ToList();
        var test = records.Where(r => r.Test).SelectMany(r => r.Examples).ToList();
        counts["train"] = train.Count;
        counts["test"] = test.Count;
        return new RealEftResult(train, test, counts);
    }
}
