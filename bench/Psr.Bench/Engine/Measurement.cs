namespace Psr.Bench.Engine;

/// <summary>One side's result for one workload in one round.</summary>
/// <param name="Value">Tokens/s, or GFLOP/s for the matmul.</param>
/// <param name="Parameters">Model parameter count (null for the matmul); both sides must agree.</param>
internal sealed record Measurement(double Value, long? Parameters);
