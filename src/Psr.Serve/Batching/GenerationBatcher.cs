using System.Threading.Channels;
using Psr.Model.Generation;
using Psr.Serve.Hosting;

namespace Psr.Serve.Batching;

/// <summary>
/// Batches one model's generation across clients: after the first queued job it waits
/// <see cref="ServeOptions.BatchWindow"/>, takes what has arrived while the batch stays within
/// <see cref="ServeOptions.MaxBatchPrompts"/> prompts and <see cref="ServeOptions.MaxBatchTokens"/> tokens (a single
/// job with more prompts than the limit runs alone), and runs each group of compatible jobs (<see cref="BatchKey"/>) as
/// one <see cref="TextGenerator"/> call on the server's <see cref="TorchThread"/>. The queue holds at most
/// <see cref="ServeOptions.MaxQueuedRequests"/> jobs; a full queue refuses at once (<see cref="QueueRefusal"/>). A job
/// whose <see cref="GenerationJob.Aborted"/> fired is dropped before it runs, or its rows leave a running batch.
/// </summary>
public sealed class GenerationBatcher : IAsyncDisposable
{
    private readonly Channel<GenerationJob> _queue;
    private readonly ServedModel _model;
    private readonly ServeOptions _options;
    private readonly TorchThread _torch;
    private readonly TextGenerator _generator;
    private readonly LogProbReader _logprobs;
    private readonly Task _loop;
    private int _closing;
    private long _submitted;
    private long _batches;
    private long _dropped;
    private long _cancelledRows;

    /// <summary>Starts the loop; the torch work runs on <paramref name="torch"/>.</summary>
    public GenerationBatcher(ServedModel model, ServeOptions options, TorchThread torch)
    {
        _model = model;
        _options = options;
        _torch = torch;
        _queue = Channel.CreateBounded<GenerationJob>(new BoundedChannelOptions(options.MaxQueuedRequests) { SingleReader = true });
        _generator = new TextGenerator(model.Model, model.Tokenizer);
        _logprobs = new LogProbReader(model.Model, model.Tokenizer);
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Batches served so far (for the load benchmark).</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Jobs accepted so far.</summary>
    public long Submitted => Interlocked.Read(ref _submitted);

    /// <summary>Jobs dropped before they ran because their client went away or their time ran out.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Generation rows stopped early, and freed, because their job was aborted mid-batch.</summary>
    public long CancelledRows => Interlocked.Read(ref _cancelledRows);

    /// <summary>Queues a job; the task completes when its batch has run. Throws <see cref="QueueRefusal"/> when not taken.</summary>
    public Task<JobResult> SubmitAsync(GenerationJob job, CancellationToken cancellationToken)
    {
        if (!_queue.Writer.TryWrite(job))
            throw new QueueRefusal(closing: Volatile.Read(ref _closing) == 1);
        Interlocked.Increment(ref _submitted);
        return job.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops taking jobs, finishes the queued ones, and ends the loop.</summary>
    public async ValueTask DisposeAsync()
    {
        Volatile.Write(ref _closing, 1);
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task LoopAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            if (_options.BatchWindow > TimeSpan.Zero)
                await Task.Delay(_options.BatchWindow).ConfigureAwait(false);
            foreach (var group in Take(reader).GroupBy(BatchKey.Of))
                await _torch.RunAsync(() => Run(group.Key, group.ToList())).ConfigureAwait(false);
        }
    }

    /// <summary>The next batch: jobs in arrival order while they fit; aborted ones are dropped on the way.</summary>
    private List<GenerationJob> Take(ChannelReader<GenerationJob> reader)
    {
        var batch = new List<GenerationJob>();
        var (prompts, tokens) = (0, 0L);
        while (reader.TryPeek(out var job))
        {
            if (job.Aborted.IsCancellationRequested)
            {
                reader.TryRead(out _);
                Interlocked.Increment(ref _dropped);
                job.Done.TrySetCanceled(job.Aborted);
                continue;
            }
            if (batch.Count > 0 && (prompts + job.Prompts.Count > _options.MaxBatchPrompts || tokens + job.Tokens > _options.MaxBatchTokens))
                break; // checked before adding: the batch never grows past its limits
            reader.TryRead(out _);
            batch.Add(job);
            prompts += job.Prompts.Count;
            tokens += job.Tokens;
        }
        return batch;
    }

    private void Run(BatchKey key, List<GenerationJob> jobs)
    {
        try
        {
            // A seed is sent as the same 64 bits, signed; greedy rows need none.
            var requests = jobs.SelectMany(j => j.Prompts.Select(p => new GenerationRequest(p, j.Stops, j.MaxTokens,
                key.Temperature == 0 ? null : unchecked((ulong?)j.Seed), j.Aborted))).ToList();
            var options = new SamplingOptions
            {
                Temperature = key.Temperature, TopP = key.TopP, Candidates = key.N,
                Seed = Random.Shared.NextInt64(), MaxNewTokens = jobs.Max(j => j.MaxTokens), // the call seed serves unseeded jobs only
            };
            var completions = _generator.Sample(requests, options);
            Interlocked.Increment(ref _batches);
            var offset = 0;
            foreach (var job in jobs)
            {
                var mine = completions.Skip(offset * key.N).Take(job.Prompts.Count * key.N)
                    .Select(c => c with { PromptIndex = c.PromptIndex - offset }).ToList();
                offset += job.Prompts.Count;
                var cancelled = mine.Count(c => c.Reason == StopReason.Cancelled);
                Interlocked.Add(ref _cancelledRows, cancelled);
                if (cancelled > 0 || job.Aborted.IsCancellationRequested)
                    job.Done.TrySetCanceled(job.Aborted);
                else
                    job.Done.TrySetResult(Result(job, mine));
            }
        }
        catch (Exception e) // the loop must survive any failure: it is handed to the waiting clients as a 500
        {
            foreach (var job in jobs)
                job.Done.TrySetException(e);
        }
    }

    private JobResult Result(GenerationJob job, List<Completion> completions)
    {
        var promptTokens = job.Prompts.Select(p => _model.Tokenizer.Encode(p).Length).ToList();
        var logprobs = job.TopLogprobs is { } top
            ? completions.Select(c => _logprobs.Read(job.Prompts[c.PromptIndex], c.TokenIds, Math.Max(top, 1))).ToList()
            : null;
        return new JobResult(completions, promptTokens, logprobs);
    }
}
