using static TorchSharp.torch;

namespace Psr.Model.Generation;

/// <summary>
/// Intra-op threads while search lanes run over an in-process model: each lane calls <see cref="EnterLane"/> on its own
/// thread, which then runs every op inline (one thread per lane instead of every tiny op split across the cores the
/// other lanes use). The count is per OS thread under OpenMP, and setting it also changes the default that threads take
/// when they first run an op; disposing puts that default back, from any thread, so the stage's later work (training
/// on pool threads) runs on all its threads again. Open it before the lanes start and dispose it after they end.
/// </summary>
public sealed class LaneThreads : IDisposable
{
    private readonly int _default;

    private LaneThreads(int threads)
    {
        _default = threads;
    }

    /// <summary>Remembers the calling thread's count as the default to restore.</summary>
    public static LaneThreads Open() => new(get_num_threads());

    /// <summary>On a lane's own thread, before its first op: that thread's ops run on it alone.</summary>
    public void EnterLane() => set_num_threads(1);

    /// <summary>What each lane runs before its first op: <paramref name="lanes"/>' <see cref="EnterLane"/>, or nothing when there is no thread setting (one lane, or served roles).</summary>
    public static Action? EntryOf(LaneThreads? lanes) => lanes is null ? null : lanes.EnterLane;

    /// <inheritdoc />
    public void Dispose() => set_num_threads(_default);
}
