using System.Globalization;
using Psr.Core.Errors;
using Psr.Eval.Benchmarks;
using Psr.Eval.Evaluation;

namespace Psr.Backends.OpenAI.Evaluation;

/// <summary>
/// Runs the paper's evaluation protocol on a completion source: each benchmark question in a zero-shot template,
/// greedy, an explicit token cap. Outputs go to an append-only <c>outputs.jsonl</c>, flushed per batch; a rerun on
/// the same folder generates only the items not yet there. All outputs are then graded by
/// <see cref="BenchmarkEvaluator"/>, and the truncation rate is reported with the accuracy.
/// </summary>
public sealed class ServedEvaluator(BenchmarkEvaluator evaluator, Action<string>? log = null)
{
    /// <summary>Generates what is missing for <paramref name="items"/> (or the first <see cref="ServedEvalOptions.Limit"/>), then grades.</summary>
    public async Task<ServedEvalResult> RunAsync(
        string benchmark, IReadOnlyList<BenchmarkItem> items, ICompletionSource source, ServedEvalOptions options, CancellationToken cancellationToken)
    {
        options.Validate();
        var selected = options.Limit is { } limit ? items.Take(limit).ToList() : items;
        Directory.CreateDirectory(options.OutDirectory);
        var settings = new EvalRunSettings(BenchmarkKey(benchmark), source.Identity, options.Template, source.Api, options.MaxTokens, options.Stop);
        settings.WriteOrCheck(options.OutDirectory);

        using var outputs = OutputsFile.Open(options.OutputsPath);
        if (outputs.TornLineDropped)
            log?.Invoke($"{options.OutputsPath}: cut off an unfinished last line (its item is generated again)");
        var known = items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        if (outputs.Existing.FirstOrDefault(r => !known.Contains(r.Id)) is { } stray)
            throw new PsrException($"{options.OutputsPath}: id '{stray.Id}' is not an item of benchmark {benchmark}");

        var done = outputs.Existing.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var pending = selected.Where(i => !done.Contains(i.Id)).ToList();
        var fresh = await GenerateAsync(pending, source, options, outputs, cancellationToken).ConfigureAwait(false);

        var wanted = selected.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var graded = outputs.Existing.Concat(fresh).Where(r => wanted.Contains(r.Id)).ToList();
        var report = evaluator.Evaluate(benchmark, selected, graded.Select(r => new Prediction(r.Id, r.Output)).ToList());
        return new ServedEvalResult(report, settings, options.OutputsPath, fresh.Count, graded.Count - fresh.Count,
            graded.Count(r => r.Truncated), outputs.TornLineDropped);
    }

    private async Task<List<OutputRecord>> GenerateAsync(
        List<BenchmarkItem> pending, ICompletionSource source, ServedEvalOptions options, OutputsFile outputs, CancellationToken cancellationToken)
    {
        var decoding = new GreedyDecoding(options.MaxTokens, options.Stop);
        var fresh = new List<OutputRecord>(pending.Count);
        var step = Math.Max(1, pending.Count / 20); // about 20 progress lines per run
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = source.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(pending.Chunk(source.BatchSize), parallel, async (batch, token) =>
        {
            var prompts = batch.Select(i => EvalPrompts.Render(options.Template, i.Question, source.Api)).ToList();
            var completions = await source.CompleteAsync(prompts, decoding, token).ConfigureAwait(false);
            if (completions.Count != batch.Length)
                throw new PsrException($"{source.Identity}: {completions.Count} output(s) for {batch.Length} prompt(s)");
            var records = batch.Select((item, k) =>
                new OutputRecord(item.Id, EvalPrompts.Describe(prompts[k]), completions[k].Text, completions[k].Truncated)).ToList();
            outputs.Append(records);
            int before, after;
            lock (fresh)
            {
                before = fresh.Count;
                fresh.AddRange(records);
                after = fresh.Count;
            }
            if (after / step > before / step || after == pending.Count)
                log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"generated {after}/{pending.Count}"));
        }).ConfigureAwait(false);
        return fresh;
    }

    /// <summary>A JSONL benchmark is named by its full path, so a rerun from another folder still matches.</summary>
    private static string BenchmarkKey(string benchmark) =>
        benchmark.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? Path.GetFullPath(benchmark) : benchmark;
}
