using Psr.Eval.Metrics;
using Psr.Roles;
using Psr.Pipeline.Lanes;
using Psr.Pipeline.Runs;
using Psr.Pipeline.SeedData;
using Psr.World.Oracle;
using Psr.World.Problems;

namespace Psr.Pipeline.Stages;

/// <summary>Greedy solutions of the test problems, batch by batch into a progress log (resumable), scored by the oracle.</summary>
public static class GreedyEvaluation
{
    /// <summary>
    /// Solves every problem not yet in <paramref name="progressFile"/>; returns the records in problem order. Batches run
    /// on <paramref name="lanes"/> lanes (<see cref="OrderedLanes"/>; <paramref name="enterLane"/> on each lane's thread)
    /// and are logged in problem order.
    /// </summary>
    public static async Task<List<GreedyRecord>> RunAsync(StageContext context, IGreedySolver solver, IReadOnlyList<WorldProblem> problems,
        int batchSize, int maxTokens, Action<int> onDone, CancellationToken ct, string progressFile = "greedy.progress.jsonl",
        int lanes = 1, Action? enterLane = null)
    {
        using var log = context.OpenProgress<GreedyRecord>(progressFile);
        var done = log.Records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        onDone(done.Count);
        var chunks = problems.Where(p => !done.Contains(p.Id)).Chunk(batchSize).ToList();
        await foreach (var (chunk, outputs) in OrderedLanes.RunAsync(chunks, lanes, async (chunk, token) =>
            (chunk, await solver.SolveAsync(chunk.Select(p => PolicyPrompt.Format(p.Question, [])).ToList(), maxTokens, token).ConfigureAwait(false)),
            enterLane, ct).ConfigureAwait(false))
        {
            log.Append(chunk.Select((p, i) => Score(p, outputs[i])));
            onDone(log.Records.Count);
        }
        var byId = log.Records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return problems.Select(p => byId[p.Id]).ToList();
    }

    /// <summary>The oracle's score of one solution.</summary>
    public static GreedyRecord Score(WorldProblem problem, string output)
    {
        var score = StepOracle.ScoreSolution(problem.Expression, output);
        return new GreedyRecord(problem.Id, output, score.FinalAnswer, score.FinalAnswerCorrect, score.ProcessCorrect);
    }

    /// <summary>The summary with a bootstrap interval.</summary>
    public static GreedySummary Summarize(IReadOnlyList<GreedyRecord> records, BootstrapOptions bootstrap)
    {
        var correct = records.Select(r => r.Correct).ToList();
        return new GreedySummary(records.Count, correct.Count(c => c), Bootstrap.Accuracy(correct),
            Bootstrap.AccuracyInterval(correct, bootstrap),
            records.Any(r => r.ProcessCorrect is null) ? null : records.Count(r => r.ProcessCorrect == true),
            records.Count(r => r.Predicted is null && r.Extracted is null));
    }
}
