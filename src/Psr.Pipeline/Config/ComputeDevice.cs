namespace Psr.Pipeline.Config;

/// <summary>Device for tensors.</summary>
public enum ComputeDevice
{
    /// <summary>CPU.</summary>
    Cpu,

    /// <summary>The first CUDA GPU.</summary>
    Cuda,
}
