namespace Psr.Bench.Engine;

/// <summary>What a benchmark workload measures; the name is also the peer script's mode.</summary>
internal enum WorkloadKind
{
    /// <summary>Peak f32 matmul, GFLOP/s.</summary>
    Matmul,

    /// <summary>Training tokens/s (forward + backward + AdamW step).</summary>
    Train,

    /// <summary>Sampled tokens/s with the KV cache.</summary>
    Sample,
}
