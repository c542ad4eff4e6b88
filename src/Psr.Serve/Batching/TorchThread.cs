using System.Collections.Concurrent;

namespace Psr.Serve.Batching;

/// <summary>
/// The one thread that runs every torch call of a server, for all of its models: loading, generation, log-probs and
/// freeing. LibTorch's intra-op thread count is process-wide and <c>TextGenerator</c> lowers it for a small decode
/// and restores it after; two threads doing that at once could leave it lowered for good. One thread also keeps
/// every tensor allocation in one glibc arena (freed memory is reused instead of cached per thread; docs/scale-out.md).
/// </summary>
public sealed class TorchThread : IDisposable
{
    private readonly BlockingCollection<Action> _work = new();
    private readonly Thread _thread;

    /// <summary>Starts the thread.</summary>
    public TorchThread()
    {
        _thread = new Thread(() =>
        {
            foreach (var item in _work.GetConsumingEnumerable())
                item();
        }) { IsBackground = true, Name = "psr-serve-torch" };
        _thread.Start();
    }

    /// <summary>Runs <paramref name="work"/> on the thread; its exception, if any, comes back through the task.</summary>
    public Task<T> RunAsync<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            _work.Add(() =>
            {
                try
                {
                    done.SetResult(work());
                }
                catch (Exception e) // handed to the caller; the thread keeps serving
                {
                    done.SetException(e);
                }
            });
        }
        catch (InvalidOperationException) // disposed: adding is closed
        {
            done.SetException(new ObjectDisposedException(nameof(TorchThread)));
        }
        return done.Task;
    }

    /// <summary>Runs <paramref name="work"/> on the thread.</summary>
    public Task RunAsync(Action work) => RunAsync(() =>
    {
        work();
        return true;
    });

    /// <summary>Finishes the queued work and ends the thread.</summary>
    public void Dispose()
    {
        _work.CompleteAdding();
        if (Thread.CurrentThread != _thread)
            _thread.Join();
        _work.Dispose();
    }
}
