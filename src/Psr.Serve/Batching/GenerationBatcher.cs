using System.Threading.Channels;
using Psr.Core.Errors;
using Psr.Model.Generation;
using Psr.Serve.Hosting;

namespace Psr.Serve.Batching;

/// <summary>
/// Batches generation across clients: after the first queued job it waits <see cref="ServeOptions.BatchWindow"/>,
/// takes what has arrived (up to <see cref="ServeOptions.MaxBatchPrompts"/> prompts), and runs each group of
/// compatible jobs (<see cref="BatchKey"/>) as one <see cref="TextGenerator"/> call. One dedicated thread owns the
/// model, so TorchSharp is never used from two threads at once, and every tensor is allocated on that one thread:
/// glibc gives each allocating thread its own arena, and a loop hopping across thread-pool threads left freed tensor
/// memory cached in many arenas (resident memory kept growing for a minute under load; docs/scale-out.md).
/// </summary>
public sealed class GenerationBatcher : IAsyncDisposable
{
    private readonly Channel<GenerationJob> _queue = Channel.CreateUnbounded<GenerationJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ServedModel _model;
    private readonly ServeOptions _options;
    private readonly TextGenerator _generator;
    private readonly LogProbReader _logprobs;
    private readonly TaskCompletionSource _loop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _submitted;

    /// <summary>Starts the loop.</summary>
    public GenerationBatcher(ServedModel model, ServeOptions options)
    {
        _model = model;
        _options = options;
        _generator = new TextGenerator(model.Model, model.Tokenizer);
        _logprobs = new LogProbReader(model.Model, model.Tokenizer);
        new Thread(Loop) { IsBackground = true, Name = "psr-serve-batcher" }.Start();
    }

    /// <summary>Batches served so far (for the load benchmark).</summary>
    public long Batches { get; private set; }

    /// <summary>Jobs accepted so far.</summary>
    public long Submitted => Interlocked.Read(ref _submitted);

    /// <summary>Queues a job; the task completes when its batch has run.</summary>
    public Task<JobResult> SubmitAsync(GenerationJob job, CancellationToken cancellationToken)
    {
        if (!_queue.Writer.TryWrite(job))
            throw new PsrException("the server is shutting down");
        Interlocked.Increment(ref _submitted);
        return job.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops taking jobs, finishes the queued ones, and ends the loop.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.Task.ConfigureAwait(false);
    }

    private void Loop()
    {
        try
        {
            Drain();
            _loop.SetResult();
        }
        catch (Exception e) // only a bug gets here (Run hands failures to clients); surface it to DisposeAsync
        {
            _loop.SetException(e);
        }
    }

    /// <summary>Blocks this dedicated thread between batches (it has nothing else to do).</summary>
    private void Drain()
    {
        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            if (_options.BatchWindow > TimeSpan.Zero)
                Thread.Sleep(_options.BatchWindow);
            var batch = new List<(GenerationJob Job, BatchKey Key)>();
            var prompts = 0;
            while (prompts < _options.MaxBatchPrompts && reader.TryRead(out var job))
            {
                batch.Add((job, BatchKey.Of(job)));
                prompts += job.Prompts.Count;
            }
            foreach (var group in batch.GroupBy(b => b.Key))
                Run(group.Key, group.Select(g => g.Job).ToList());
        }
    }

    private void Run(BatchKey key, List<GenerationJob> jobs)
    {
        try
        {
            // A seed is sent as the same 64 bits, signed; greedy rows need none.
            var requests = jobs.SelectMany(j => j.Prompts.Select(p => new GenerationRequest(p, j.Stops, j.MaxTokens,
                key.Temperature == 0 ? null : unchecked((ulong?)j.Seed)))).ToList();
            var options = new SamplingOptions
            {
                Temperature = key.Temperature, TopP = key.TopP, Candidates = key.N,
                Seed = Random.Shared.NextInt64(), MaxNewTokens = jobs.Max(j => j.MaxTokens), // the call seed serves unseeded jobs only
            };
            var completions = _generator.Sample(requests, options);
            Batches++;
            var offset = 0;
            foreach (var job in jobs)
            {
                var mine = completions.Skip(offset * key.N).Take(job.Prompts.Count * key.N)
                    .Select(c => c with { PromptIndex = c.PromptIndex - offset }).ToList();
                offset += job.Prompts.Count;
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
