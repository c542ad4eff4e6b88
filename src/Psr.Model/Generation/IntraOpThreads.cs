using static TorchSharp.torch;

namespace Psr.Model.Generation;

/// <summary>
/// Sets libtorch's intra-op thread count for a scope and restores it on dispose; open and dispose it on one thread.
/// Under OpenMP the count belongs to the OS thread: a thread takes the process default when it first runs a parallel
/// op, and setting the count changes the calling thread's and that default. A scope that ends on another thread (an
/// await between) would leave the first thread and the default changed, so stages use <see cref="LaneThreads"/>.
/// </summary>
public sealed class IntraOpThreads : IDisposable
{
    private readonly int _previous;

    private IntraOpThreads(int threads)
    {
        _previous = get_num_threads();
        if (threads != _previous)
            set_num_threads(threads);
    }

    /// <summary>The calling thread's intra-op thread count.</summary>
    public static int Current => get_num_threads();

    /// <summary>Runs the calling thread's ops on <paramref name="threads"/> threads until disposed.</summary>
    public static IntraOpThreads Use(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        return new IntraOpThreads(threads);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (get_num_threads() != _previous)
            set_num_threads(_previous);
    }
}
