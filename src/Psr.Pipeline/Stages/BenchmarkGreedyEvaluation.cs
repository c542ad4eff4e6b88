using Psr.Eval.Benchmarks;
using Psr.Eval.Evaluation;
using Psr.Pipeline.Runs;
using Psr.Roles;
using Psr.Roles.Prompts;

namespace Psr.Pipeline.Stages;

/// <summary>
/// Greedy solutions of benchmark items (zero-shot Figure 4 prompt, as <c>psr eval --template paper</c>), batch by
/// batch into a progress log (resumable), graded by <c>Psr.Eval</c>'s <see cref="BenchmarkEvaluator"/> — the same
/// extraction and equivalence <c>psr eval</c> uses. No oracle: <see cref="GreedyRecord.ProcessCorrect"/> stays null.
/// </summary>
public static class BenchmarkGreedyEvaluation
{
    /// <summary>The zero-shot prompt of one question.</summary>
    public static string Prompt(string question) => StepPromptText.Figure4 + question;

    /// <summary>Solves and grades every item not yet in <paramref name="progressFile"/>; returns the records in item order.</summary>
    public static async Task<List<GreedyRecord>> RunAsync(StageContext context, IGreedySolver solver, string benchmark, IReadOnlyList<BenchmarkItem> items,
        int batchSize, int maxTokens, Action<int> onDone, CancellationToken ct, string progressFile)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(solver);
        var evaluator = new BenchmarkEvaluator();
        using var log = context.OpenProgress<GreedyRecord>(progressFile);
        var done = log.Records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        onDone(done.Count);
        foreach (var chunk in items.Where(p => !done.Contains(p.Id)).Chunk(batchSize))
        {
            ct.ThrowIfCancellationRequested();
            var outputs = await Solve(solver, chunk.Select(p => Prompt(p.Question)).ToList(), maxTokens, ct).ConfigureAwait(false);
            var graded = evaluator.Evaluate(benchmark, chunk, chunk.Select((p, i) => new Prediction(p.Id, outputs[i].Text)).ToList());
            log.Append(chunk.Select((p, i) => new GreedyRecord(p.Id, outputs[i].Text, null, graded.Items[i].Equal, null,
                graded.Items[i].Extracted, solver is IGreedyEndsSolver ? outputs[i].Truncated : null)));
            onDone(log.Records.Count);
        }
        var byId = log.Records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return items.Select(p => byId[p.Id]).ToList();
    }

    private static async Task<IReadOnlyList<GreedyOutput>> Solve(IGreedySolver solver, IReadOnlyList<string> prompts, int maxTokens, CancellationToken ct) =>
        solver is IGreedyEndsSolver ends
            ? await ends.SolveWithEndsAsync(prompts, maxTokens, ct).ConfigureAwait(false)
            : (await solver.SolveAsync(prompts, maxTokens, ct).ConfigureAwait(false)).Select(t => new GreedyOutput(t, false)).ToList();
}
