using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Psr.Core.Errors;
using Psr.Pipeline.Config;
using Psr.Roles;

namespace Psr.Pipeline.Search;

/// <summary>
/// Step-wise search with step-wise self-judging (the paper's PPD search, §3.3), batched across questions: each tick
/// gathers the prefixes of all active questions into policy calls and all their comparisons into judge calls.
/// Finished questions are replaced from the queue. Because seeds are derived per question and expansion, every
/// question's result is the same whatever the batch size, the number of lanes or the order questions finish in.
/// </summary>
public sealed class StepSearch
{
    private readonly IStepPolicy _policy;
    private readonly IStepJudge _judge;
    private readonly SearchConfig _config;
    private readonly Action? _enterLane;

    /// <summary>
    /// Creates a search; <paramref name="config"/> is validated here. <paramref name="enterLane"/>, when given, runs on
    /// each lane's own thread before its first tick (an in-process model's thread setting, <c>LaneThreads</c>).
    /// </summary>
    public StepSearch(IStepPolicy policy, IStepJudge judge, SearchConfig config, Action? enterLane = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        _policy = policy;
        _judge = judge;
        _config = config;
        _enterLane = enterLane;
    }

    /// <summary>
    /// Runs the search, yielding after each tick the questions that ended in it (finish order, not input order).
    /// A caller that persists each yielded batch can resume by passing only the questions not yet persisted.
    /// With <see cref="SearchConfig.Lanes"/> above 1, that many lanes tick their own active questions on their own
    /// threads, taking new questions from one queue; their batches are yielded as they end.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<QuestionSearchResult>> RunAsync(
        IReadOnlyList<SearchQuestion> questions, SearchContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        RequireUniqueIds(questions);
        var queue = new ConcurrentQueue<SearchQuestion>(questions);
        var lanes = Math.Min(Math.Max(1, _config.Lanes), Math.Max(1, questions.Count));
        if (lanes == 1)
        {
            await foreach (var ended in TicksAsync(queue, context, cancellationToken).ConfigureAwait(false))
                yield return ended;
            yield break;
        }

        var channel = Channel.CreateUnbounded<IReadOnlyList<QuestionSearchResult>>(new UnboundedChannelOptions { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Dedicated threads: the in-process roles return completed tasks, so each lane's ticks stay on its thread.
        var workers = Enumerable.Range(0, lanes)
            .Select(_ => Task.Factory.StartNew(() => LaneAsync(queue, context, channel.Writer, stop.Token), stop.Token,
                TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap())
            .ToArray();
        var completion = Task.WhenAll(workers).ContinueWith(_ => channel.Writer.TryComplete(), TaskScheduler.Default);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested(); // batches already queued are not handed out after a cancel
                yield return batch;
            }
        }
        finally
        {
            // Stops the other lanes when the caller stops reading or a lane failed; their errors were reported through the channel.
            await stop.CancelAsync().ConfigureAwait(false);
            await completion.ConfigureAwait(false);
        }
    }

    /// <summary>One lane: ticks its active questions until the shared queue and its own questions are done.</summary>
    private async Task LaneAsync(ConcurrentQueue<SearchQuestion> queue, SearchContext context,
        ChannelWriter<IReadOnlyList<QuestionSearchResult>> writer, CancellationToken ct)
    {
        try
        {
            _enterLane?.Invoke();
            await foreach (var ended in TicksAsync(queue, context, ct).ConfigureAwait(false))
                await writer.WriteAsync(ended, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // stopped by the caller or by another lane's failure
        }
        catch (Exception e)
        {
            writer.TryComplete(e); // the reader rethrows it after the batches already written
        }
    }

    /// <summary>One lane's ticks over its active questions, topped up from the shared queue; yields each tick's ended questions.</summary>
    private async IAsyncEnumerable<List<QuestionSearchResult>> TicksAsync(ConcurrentQueue<SearchQuestion> queue, SearchContext context,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var active = new List<QuestionSearch>();
        while (Refill(active, queue, context))
        {
            ct.ThrowIfCancellationRequested();
            var ended = await TickAsync(active, ct).ConfigureAwait(false);
            if (ended.Count > 0)
                yield return ended;
        }
    }

    /// <summary>Tops <paramref name="active"/> up to <see cref="SearchConfig.ActiveQuestions"/>; false when nothing is left to search.</summary>
    private bool Refill(List<QuestionSearch> active, ConcurrentQueue<SearchQuestion> queue, SearchContext context)
    {
        while (active.Count < _config.ActiveQuestions && queue.TryDequeue(out var question))
            active.Add(new QuestionSearch(question, _config, context));
        return active.Count > 0;
    }

    /// <summary>Runs the whole search and returns the results in input order.</summary>
    public async Task<IReadOnlyList<QuestionSearchResult>> RunAllAsync(
        IReadOnlyList<SearchQuestion> questions, SearchContext context, CancellationToken cancellationToken = default)
    {
        var byId = new Dictionary<string, QuestionSearchResult>(StringComparer.Ordinal);
        await foreach (var batch in RunAsync(questions, context, cancellationToken).ConfigureAwait(false))
        {
            foreach (var r in batch)
                byId[r.QuestionId] = r;
        }
        return questions.Select(q => byId[q.Id]).ToList();
    }

    /// <summary>
    /// One expansion of every active question: sample, plan, judge (again while a schedule such as a knockout plans
    /// further rounds from the verdicts; all questions' rounds share judge batches), apply; removes and returns the questions that ended.
    /// </summary>
    private async Task<List<QuestionSearchResult>> TickAsync(List<QuestionSearch> active, CancellationToken ct)
    {
        var prefixes = active.Select(q => q.NextPrefix()).ToList();
        var candidates = await SampleAsync(prefixes, ct).ConfigureAwait(false);
        var pending = active.Select((q, i) => q.Plan(candidates[i])).ToList();
        while (pending.Any(p => p.Count > 0))
        {
            var judgments = await JudgeAsync(pending.SelectMany(p => p).ToList(), ct).ConfigureAwait(false);
            var offset = 0;
            for (var i = 0; i < active.Count; i++)
            {
                var mine = judgments.GetRange(offset, pending[i].Count);
                offset += mine.Count;
                pending[i] = mine.Count == 0 ? [] : active[i].Continue(mine);
            }
        }
        foreach (var q in active)
            q.Apply();
        var ended = active.Where(q => q.Status is not null).Select(q => q.Result()).ToList();
        active.RemoveAll(q => q.Status is not null);
        return ended;
    }

    private async Task<List<IReadOnlyList<StepCandidate>>> SampleAsync(List<StepPrefix> prefixes, CancellationToken ct)
    {
        var sampling = _config.Sampling;
        var all = new List<IReadOnlyList<StepCandidate>>(prefixes.Count);
        foreach (var chunk in prefixes.Chunk(_config.PolicyBatchSize))
        {
            var got = await _policy.SampleAsync(chunk, sampling, ct).ConfigureAwait(false);
            if (got.Count != chunk.Length || got.Any(c => c.Count != sampling.Width))
                throw new PsrException($"policy returned {got.Count} candidate lists for {chunk.Length} prefixes " +
                    $"(each must hold {sampling.Width} candidates)");
            all.AddRange(got);
        }
        return all;
    }

    private async Task<List<StepJudgment>> JudgeAsync(List<StepComparison> comparisons, CancellationToken ct)
    {
        var all = new List<StepJudgment>(comparisons.Count);
        foreach (var chunk in comparisons.Chunk(_config.JudgeBatchSize))
        {
            var got = await _judge.JudgeAsync(chunk, ct).ConfigureAwait(false);
            if (got.Count != chunk.Length)
                throw new PsrException($"judge returned {got.Count} judgments for {chunk.Length} comparisons");
            all.AddRange(got);
        }
        return all;
    }

    private static void RequireUniqueIds(IReadOnlyList<SearchQuestion> questions)
    {
        var duplicate = questions.GroupBy(q => q.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new PsrException($"search questions: id \"{duplicate.Key}\" appears {duplicate.Count()} times");
    }
}
