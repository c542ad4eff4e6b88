using Psr.Model.Qwen2;

namespace Psr.Model.Generation;

/// <summary>
/// Runs a generation call whose decoding passes are tiny on one intra-op thread. LibTorch 2.10 (MKL GEMM, the SDPA
/// kernel) splits even a 16-row step across threads, and on a busy 2-core machine each such op then waits a scheduler
/// slice (about 8 ms, measured) for its second thread: batch-1 decoding ran 4x slower on 2 threads than on 1.
/// PyTorch's own kernels keep work under a grain size on one thread; this is the same idea at the granularity of a
/// whole call. The count belongs to the calling OS thread, but setting it also sets the default that other threads take
/// when they first run an op, so do not start torch work on a new thread during
/// <see cref="TextGenerator.Sample(IReadOnlyList{GenerationRequest}, SamplingOptions)"/>; on a search lane's thread the
/// count is already 1 (<see cref="LaneThreads"/>) and this changes nothing.
/// </summary>
internal static class DecodeThreads
{
    /// <summary>
    /// Multiply-adds of one decoding step's MLP projection (rows × hidden × intermediate) below which one thread is
    /// used: a 16-row step of a d=128 model is 0.7 M, a 1-row step of Qwen2.5-0.5B 4.4 M.
    /// </summary>
    public const long SingleThreadBelow = 1L << 21;

    /// <summary>A scope for decoding <paramref name="rows"/> sequences at once; a no-op for large steps.</summary>
    public static IntraOpThreads For(Qwen2Config config, long rows) =>
        IntraOpThreads.Use(rows * config.HiddenSize * config.IntermediateSize < SingleThreadBelow ? 1 : IntraOpThreads.Current);
}
